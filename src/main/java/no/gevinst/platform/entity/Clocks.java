package no.gevinst.platform.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application: Norwegian time, so that "today" is the date in Norway. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(NORWAY);
    }
}
