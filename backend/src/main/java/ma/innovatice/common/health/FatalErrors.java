package ma.innovatice.common.health;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.function.IntConsumer;

/**
 * The process never runs on half-dead. An {@link OutOfMemoryError} or any other
 * {@link VirtualMachineError} that reaches the top of a thread (a scheduler, the transaction reaper,
 * the pool's housekeeping, a network thread) stops the whole process at once with exit code 3, so
 * that whatever supervises it (Docker's restart policy, systemd, the operator) starts a clean one.
 * The JVM settings of `make run` and of the Docker image also carry {@code -XX:+ExitOnOutOfMemoryError},
 * which stops the process at the first failed allocation even when a library catches the error.
 */
@ApplicationScoped
public class FatalErrors {

    static final int EXIT_CODE = 3;
    private static volatile IntConsumer halt = code -> Runtime.getRuntime().halt(code);
    private static volatile boolean installed;

    /** Installs the handler for every thread (idempotent); the launcher calls it first thing. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (isFatal(error)) {
                stop(thread.getName(), error);
            } else if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                System.err.println("Exception in thread \"" + thread.getName() + "\": " + error);
                error.printStackTrace();
            }
        });
        installed = true;
    }

    void onStart(@Observes StartupEvent event) {
        install();
    }

    /** True for errors after which the JVM's state cannot be trusted. */
    public static boolean isFatal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof VirtualMachineError) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Writes one line (no allocation-heavy logging) and halts the process. */
    public static void stop(String where, Throwable error) {
        try {
            System.err.println("FATAL: " + error.getClass().getName() + " in " + where + "; stopping the process (exit "
                    + EXIT_CODE + ") to be restarted");
        } finally {
            halt.accept(EXIT_CODE);
        }
    }

    /** Tests replace the halt to observe it; returns the previous one. */
    static IntConsumer replaceHalt(IntConsumer replacement) {
        IntConsumer old = halt;
        halt = replacement;
        return old;
    }
}
