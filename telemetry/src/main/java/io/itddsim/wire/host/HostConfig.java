package io.itddsim.wire.host;

import io.itddsim.proto.v1.PumpIdentity;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.SimulationSetup;

/**
 * Everything a pump host is started with.
 *
 * @param plan                  the simulated pump's run plan: starting state, timeline (applied at
 *                              its sim times and logged like any other input) and faults (armed
 *                              at time 0); its duration does not apply, the host runs until stopped
 * @param identity              what the pump tells clients about itself in the handshake; its
 *                              {@code test_mode} says whether bench commands are allowed
 * @param pace                  how sim time advances at start
 * @param sampleIntervalUs      sim time between status samples (a multiple of the tick); a
 *                              session's own rate is a multiple of it
 * @param commandQueueCapacity  requests that may wait for the sim thread; beyond it a request is
 *                              answered BUSY
 * @param realTimePriority      0, or the Linux SCHED_FIFO priority (1 to 99) the sim thread asks
 *                              for while it paces at real time or slower ({@link SimThreadScheduling})
 */
public record HostConfig(
        RunPlan plan,
        PumpIdentity identity,
        Pacing pace,
        long sampleIntervalUs,
        int commandQueueCapacity,
        int realTimePriority) {

    /** Ten samples a sim second: fits the serial line budget (docs/PROTOCOL.md, section 3). */
    public static final long DEFAULT_SAMPLE_INTERVAL_US = 100_000;

    public static final int DEFAULT_COMMAND_QUEUE_CAPACITY = 256;

    public HostConfig {
        if (plan == null || identity == null || pace == null) {
            throw new IllegalArgumentException("plan, identity and pace are required");
        }
        long tickUs = plan.setup().profile().tickUs();
        if (sampleIntervalUs <= 0 || sampleIntervalUs % tickUs != 0) {
            throw new IllegalArgumentException("sample interval: expected a positive multiple of the tick (" + tickUs
                    + " us), got " + sampleIntervalUs);
        }
        if (commandQueueCapacity <= 0) {
            throw new IllegalArgumentException("command queue capacity must be positive, was " + commandQueueCapacity);
        }
        if (realTimePriority < 0 || realTimePriority > 99) {
            throw new IllegalArgumentException(
                    "real-time priority: expected 1 to 99 (0: none), got " + realTimePriority);
        }
    }

    public static HostConfig of(RunPlan plan, PumpIdentity identity, Pacing pace) {
        return new HostConfig(plan, identity, pace, DEFAULT_SAMPLE_INTERVAL_US, DEFAULT_COMMAND_QUEUE_CAPACITY, 0);
    }

    /** A pump with nothing on its timeline and no faults, left to its prescription. */
    public static HostConfig of(SimulationSetup setup, PumpIdentity identity, Pacing pace) {
        return of(RunPlan.of("pump", setup, 0), identity, pace);
    }

    public SimulationSetup setup() {
        return plan.setup();
    }

    public boolean testMode() {
        return identity.getTestMode();
    }

    public HostConfig withCommandQueueCapacity(int capacity) {
        return new HostConfig(plan, identity, pace, sampleIntervalUs, capacity, realTimePriority);
    }

    public HostConfig withSampleIntervalUs(long intervalUs) {
        return new HostConfig(plan, identity, pace, intervalUs, commandQueueCapacity, realTimePriority);
    }

    /** The sim thread asks for SCHED_FIFO at {@code priority} while it paces at real time or slower. */
    public HostConfig withRealTimePriority(int priority) {
        return new HostConfig(plan, identity, pace, sampleIntervalUs, commandQueueCapacity, priority);
    }
}
