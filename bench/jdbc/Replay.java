import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Replays the SQL statements an endpoint sent for each of its requests (captured by the benchmark
 * from the server's general log) over JDBC, at a fixed concurrency, reading every row of every
 * result: what the endpoint would answer if the application cost nothing but its statements.
 * <p>
 * Arguments: JDBC URL, user, password, threads, warm-up seconds, seconds, file. The file holds one
 * request a line, its statements separated by a tab, in the order the server received them. Prints
 * one line: {@code REPLAY <requests> <seconds> <errors>}.
 */
public final class Replay {

    public static void main(String[] args) throws Exception {
        String url = args[0], user = args[1], password = args[2];
        int threads = Integer.parseInt(args[3]);
        double warmup = Double.parseDouble(args[4]), seconds = Double.parseDouble(args[5]);
        List<String[]> requests = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[6]))) {
            if (!line.isBlank()) {
                requests.add(line.split("\t"));
            }
        }
        LongAdder done = new LongAdder(), errors = new LongAdder();
        AtomicBoolean measuring = new AtomicBoolean(false), stop = new AtomicBoolean(false);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                     Statement statement = connection.createStatement()) {
                    while (!stop.get()) {
                        String[] request = requests.get(ThreadLocalRandom.current().nextInt(requests.size()));
                        try {
                            for (String sql : request) {
                                if (statement.execute(sql)) {
                                    try (ResultSet rs = statement.getResultSet()) {
                                        int columns = rs.getMetaData().getColumnCount();
                                        while (rs.next()) {
                                            for (int c = 1; c <= columns; c++) {
                                                rs.getObject(c);
                                            }
                                        }
                                    }
                                }
                            }
                            if (measuring.get()) {
                                done.increment();
                            }
                        } catch (Exception e) {
                            if (measuring.get()) {
                                errors.increment();
                            }
                        }
                    }
                } catch (Exception e) {
                    errors.increment();
                    System.err.println(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        Thread.sleep((long) (warmup * 1000));
        measuring.set(true);
        long started = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        measuring.set(false);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long count = done.sum();
        stop.set(true);
        for (Thread worker : workers) {
            worker.join(10_000);
        }
        System.out.println("REPLAY " + count + " " + elapsed + " " + errors.sum());
        System.exit(0);
    }

    private Replay() {
    }
}
