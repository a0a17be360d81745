package io.itddsim.bench.run;

/** Told how far a run has got, between chunks of simulation. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> {};

    void progress(long simDoneUs, long simTotalUs);

    /** Called once when the run has finished. */
    default void finished() {}
}
