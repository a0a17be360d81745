package io.itddsim.wire.host;

import io.itddsim.proto.v1.PumpIdentity;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.firmware.PumpCommand;
import java.util.List;

/**
 * Everything a pump host is started with.
 *
 * @param setup                 the simulated pump's starting state
 * @param identity              what the pump tells clients about itself in the handshake; its
 *                              {@code test_mode} says whether bench commands are allowed
 * @param pace                  how sim time advances at start
 * @param sampleIntervalUs      sim time between status samples (a multiple of the tick); a
 *                              session's own rate is a multiple of it
 * @param commandQueueCapacity  requests that may wait for the sim thread; beyond it a request is
 *                              answered BUSY
 * @param timeline              commands due at sim times (a scenario's timeline), applied at their
 *                              ticks and logged like any other input
 */
public record HostConfig(
    SimulationSetup setup,
    PumpIdentity identity,
    Pace pace,
    long sampleIntervalUs,
    int commandQueueCapacity,
    List<TimedInput> timeline) {

  /** A command due at a sim time. */
  public record TimedInput(long atUs, PumpCommand command) {}

  /** Ten samples a sim second: fits the serial line budget (docs/PROTOCOL.md, section 3). */
  public static final long DEFAULT_SAMPLE_INTERVAL_US = 100_000;

  public static final int DEFAULT_COMMAND_QUEUE_CAPACITY = 256;

  public HostConfig {
    if (setup == null || identity == null || pace == null) {
      throw new IllegalArgumentException("setup, identity and pace are required");
    }
    long tickUs = setup.profile().tickUs();
    if (sampleIntervalUs <= 0 || sampleIntervalUs % tickUs != 0) {
      throw new IllegalArgumentException(
          "sample interval: expected a positive multiple of the tick (" + tickUs + " us), got " + sampleIntervalUs);
    }
    if (commandQueueCapacity <= 0) {
      throw new IllegalArgumentException("command queue capacity must be positive, was " + commandQueueCapacity);
    }
    timeline = List.copyOf(timeline);
  }

  public static HostConfig of(SimulationSetup setup, PumpIdentity identity, Pace pace) {
    return new HostConfig(setup, identity, pace, DEFAULT_SAMPLE_INTERVAL_US, DEFAULT_COMMAND_QUEUE_CAPACITY, List.of());
  }

  public boolean testMode() {
    return identity.getTestMode();
  }

  public HostConfig withCommandQueueCapacity(int capacity) {
    return new HostConfig(setup, identity, pace, sampleIntervalUs, capacity, timeline);
  }

  public HostConfig withSampleIntervalUs(long intervalUs) {
    return new HostConfig(setup, identity, pace, intervalUs, commandQueueCapacity, timeline);
  }

  public HostConfig withTimeline(List<TimedInput> inputs) {
    return new HostConfig(setup, identity, pace, sampleIntervalUs, commandQueueCapacity, inputs);
  }
}
