package jp.kajimaru.launcher;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsTest {

    @Test
    void neverHandsOutTheSamePortTwice() {
        // The kernel alone repeats itself long before this: 1 000 draws from ~28 000 ephemeral ports hold a repeat
        // with near certainty (the birthday bound; probing and closing alone repeated a port at draw 90 here), and a
        // repeat was once Kafka's broker and controller port.
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(ports.add(FreePorts.pick())).as("draw %d", i).isTrue();
        }
    }

    @Test
    void aPickedPortIsFreeToBind() {
        assertThat(FreePorts.isTaken(FreePorts.pick())).isFalse();
    }
}
