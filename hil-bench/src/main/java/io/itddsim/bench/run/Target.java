package io.itddsim.bench.run;

import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.expect.Observations;

/**
 * What a bench scenario runs on: the in-process emulator, or a pump reached over TCP or a serial
 * line (the emulator, or real electronics). A target runs the scenario's plan (its starting state,
 * timeline and faults) for its duration in sim time and hands back what it observed; expectations
 * are judged from that alone, so the same scenario gives comparable verdicts on every target.
 */
public interface Target extends AutoCloseable {

    /** As the user named it: "embedded", "tcp://127.0.0.1:7700", "serial:/dev/ttyUSB0". */
    String describe();

    /** Whether scenarios may run on it side by side (an in-process emulator) or one at a time (a device). */
    boolean concurrent();

    /**
     * Runs one scenario.
     *
     * @throws TargetException when the target could not run it (unreachable, refused, lost)
     */
    Observations run(BenchScenario scenario, ProgressListener progress) throws TargetException;

    @Override
    default void close() {}
}
