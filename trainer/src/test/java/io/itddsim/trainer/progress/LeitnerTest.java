package io.itddsim.trainer.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeitnerTest {
    private static final List<String> ALL = List.of("a", "b", "c", "d", "e");

    @Test
    @DisplayName("missed drills come first, then drills never done, then those due by box")
    void missedFirstThenNewThenDue() {
        Map<String, Box> boxes = Map.of("c", new Box(1, 3), "a", new Box(2, 3), "b", new Box(5, 3));
        assertEquals(List.of("c", "d", "e", "a"), Leitner.queue(ALL, boxes, 4, 10));
        assertEquals(List.of("c", "d"), Leitner.queue(ALL, boxes, 4, 2));
    }

    @Test
    @DisplayName("a well-known drill waits longer: box 3 every 2nd session, box 5 every 8th")
    void higherBoxesWaitLonger() {
        Map<String, Box> boxes = Map.of(
                "a",
                new Box(3, 10),
                "b",
                new Box(5, 10),
                "c",
                new Box(2, 10),
                "d",
                new Box(2, 10),
                "e",
                new Box(2, 10));
        assertEquals(List.of("c", "d", "e"), Leitner.queue(ALL, boxes, 11, 10));
        assertEquals(List.of("c", "d", "e", "a"), Leitner.queue(ALL, boxes, 12, 10));
        assertEquals(List.of("c", "d", "e", "a", "b"), Leitner.queue(ALL, boxes, 18, 10));
    }

    @Test
    @DisplayName("when nothing is due the least known drills are practised, so a session is never empty")
    void neverEmpty() {
        Map<String, Box> boxes = Map.of(
                "a", new Box(5, 9), "b", new Box(4, 9), "c", new Box(5, 9), "d", new Box(5, 9), "e", new Box(5, 9));
        assertEquals(List.of("b", "a"), Leitner.queue(ALL, boxes, 10, 2));
    }

    @Test
    @DisplayName("all right moves a drill up one box (to 5 at most); any wrong answer sends it back to box 1")
    void boxesMove() {
        assertEquals(1, Leitner.after(0, true));
        assertEquals(4, Leitner.after(3, true));
        assertEquals(5, Leitner.after(5, true));
        assertEquals(1, Leitner.after(4, false));
    }
}
