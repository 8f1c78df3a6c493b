package ma.innovatice.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The server clock, in UTC. Deadlines are checked against it; tests replace it to prove boundaries. */
@ApplicationScoped
public class ClockProducer {

    /** The zone in which the platform shows times and reads calendar dates. */
    public static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
