package ma.innovatice.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** Replaces the server clock in tests: the system clock unless a test pins an instant. */
@ApplicationScoped
public class MutableClock {

    private final AtomicReference<Instant> pinned = new AtomicReference<>();

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("The server clock stays in UTC");
        }

        @Override
        public Instant instant() {
            Instant instant = pinned.get();
            return instant == null ? Instant.now() : instant;
        }
    };

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    public void pin(Instant instant) {
        pinned.set(instant);
    }

    public void release() {
        pinned.set(null);
    }
}
