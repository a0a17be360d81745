package io.itddsim.trainer.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Spaced repetition with Leitner boxes. A drill answered wholly right moves up a box, a drill with
 * any wrong answer goes back to box 1. A session asks the missed drills (box 1) first, then drills
 * never done, then those due: box 2 every session, box 3 every 2nd, box 4 every 4th, box 5 every
 * 8th.
 */
public final class Leitner {
    public static final int MAX_BOX = 5;

    private Leitner() {}

    /** The box after a drill is done. */
    public static int after(int box, boolean allCorrect) {
        return allCorrect ? Math.min(box + 1, MAX_BOX) : 1;
    }

    static boolean due(Box b, int sessionNumber) {
        return b.box() <= 2 || sessionNumber - b.lastSession() >= 1 << (b.box() - 2);
    }

    /**
     * The drills of a session, in the order asked.
     *
     * @param drillIds      every drill, in catalogue order
     * @param boxes         the trainee's boxes by drill id (drills never done are absent)
     * @param sessionNumber this session's number for the trainee (1 for the first)
     * @param size          at most this many
     */
    public static List<String> queue(List<String> drillIds, Map<String, Box> boxes, int sessionNumber, int size) {
        Comparator<String> byBoxThenAge = Comparator.<String>comparingInt(
                        id -> boxes.get(id).box())
                .thenComparingInt(id -> boxes.get(id).lastSession());
        List<String> missed = drillIds.stream()
                .filter(id -> boxes.containsKey(id) && boxes.get(id).box() == 1)
                .sorted(byBoxThenAge)
                .toList();
        List<String> unseen =
                drillIds.stream().filter(id -> !boxes.containsKey(id)).toList();
        List<String> due = drillIds.stream()
                .filter(id -> boxes.containsKey(id) && boxes.get(id).box() > 1 && due(boxes.get(id), sessionNumber))
                .sorted(byBoxThenAge)
                .toList();
        List<String> out = new ArrayList<>(missed);
        out.addAll(unseen);
        out.addAll(due);
        if (out.isEmpty()) { // everything is well known and not yet due: practise the least known
            out.addAll(drillIds.stream().sorted(byBoxThenAge).toList());
        }
        return List.copyOf(out.subList(0, Math.min(size, out.size())));
    }
}
