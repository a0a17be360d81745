package io.itddsim.trainer.progress;

/** Right answers out of all given. */
public record Score(int correct, int total) {
    public static final Score NONE = new Score(0, 0);

    public Score plus(boolean right) {
        return new Score(correct + (right ? 1 : 0), total + 1);
    }

    /** Whole percent, or -1 with no answers yet. */
    public int percent() {
        return total == 0 ? -1 : Math.round(100f * correct / total);
    }
}
