package io.itddsim.fleet.engine;

/** Told how many pumps of a study have finished, while it runs. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> {};

    void update(int done, int total);

    /** Called once when the study has finished. */
    default void finished() {}
}
