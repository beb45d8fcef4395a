package no.gevinst.archive.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A failed delivery waits a minute, then twice as long each time, never more than six hours. */
class ArchiveMessageTest {

    @Test
    void theWaitDoublesUpToSixHours() {
        assertEquals(Duration.ofMinutes(1), ArchiveMessage.waitAfter(1));
        assertEquals(Duration.ofMinutes(2), ArchiveMessage.waitAfter(2));
        assertEquals(Duration.ofMinutes(256), ArchiveMessage.waitAfter(9));
        assertEquals(Duration.ofHours(6), ArchiveMessage.waitAfter(10));
        assertEquals(Duration.ofHours(6), ArchiveMessage.waitAfter(ArchiveMessage.MAX_ATTEMPTS));
        assertEquals(Duration.ofHours(6), ArchiveMessage.waitAfter(64), "no overflow");
    }

    @Test
    void anErrorIsKeptToItsFirstTwoThousandCharacters() {
        assertEquals(2000, ArchiveMessage.shortened("x".repeat(5000)).length());
        assertEquals("", ArchiveMessage.shortened(null));
    }
}
