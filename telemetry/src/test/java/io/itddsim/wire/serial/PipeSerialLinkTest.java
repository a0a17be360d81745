package io.itddsim.wire.serial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PipeSerialLinkTest {

    private final PipeSerialLink.Pair pipe = PipeSerialLink.pair("pump", "bench");
    private final byte[] buffer = new byte[4];

    @Test
    @DisplayName("bytes written on one end are read on the other, in order, in buffer-sized pieces")
    void bytesArriveInOrder() throws Exception {
        pipe.a().write(new byte[] {1, 2, 3});
        pipe.a().write(new byte[] {4, 5, 6});

        assertEquals(4, pipe.b().readAvailable(buffer));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, buffer);
        assertEquals(2, pipe.b().readAvailable(buffer));
        assertArrayEquals(new byte[] {5, 6}, Arrays.copyOf(buffer, 2));
        assertEquals(0, pipe.b().readAvailable(buffer));
        assertEquals(0, pipe.a().readAvailable(buffer), "nothing was written towards a");
    }

    @Test
    @DisplayName("after one end closes, the other reads what was in flight, then is disconnected")
    void closingOneEndDisconnectsTheOther() throws Exception {
        pipe.a().write(new byte[] {7});
        pipe.a().close();

        assertEquals(1, pipe.b().readAvailable(buffer));
        assertThrows(SerialLinkDisconnectedException.class, () -> pipe.b().readAvailable(buffer));
        assertThrows(SerialLinkDisconnectedException.class, () -> pipe.b().write(new byte[] {8}));
    }
}
