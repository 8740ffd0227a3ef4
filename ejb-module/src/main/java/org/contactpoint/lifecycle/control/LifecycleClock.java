package org.contactpoint.lifecycle.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Today's date for the record lifecycle: the server's clock, which tests set to any day (birthdays, six years on)
 * instead of waiting for it. Nothing else in production sets it.
 */
@ApplicationScoped
public class LifecycleClock {

    private volatile Clock clock = Clock.systemDefaultZone();

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void set(Clock clock) {
        this.clock = clock;
    }
}
