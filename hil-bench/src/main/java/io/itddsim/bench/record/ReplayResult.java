package io.itddsim.bench.record;

/**
 * What a replay found: the recording reproduced frame for frame, or its first divergence.
 *
 * @param compared   recorded frames from the pump that were compared
 * @param divergence the first frame that differs, or null
 */
public record ReplayResult(int compared, Divergence divergence) {

    /**
     * Where the replay first differs from the recording.
     *
     * @param frame    the recorded frame's number (1 is the first frame after the header)
     * @param offset   its entry's byte offset in the file
     * @param what     what the frame is ("reply to request 7 (step)", "log entry 12")
     * @param field    the differing field's path
     * @param recorded its value in the recording
     * @param replayed its value in the replay
     */
    public record Divergence(int frame, long offset, String what, String field, String recorded, String replayed) {
        @Override
        public String toString() {
            return "frame " + frame + " (byte offset " + offset + "), " + what + ": " + field + " was " + recorded
                    + " in the recording, " + replayed + " in the replay";
        }
    }

    public boolean identical() {
        return divergence == null;
    }
}
