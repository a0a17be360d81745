package io.itddsim.bench.run;

import io.itddsim.sim.firmware.PumpCommand;

/**
 * A timeline entry: a command due at a sim time.
 *
 * @param atUs    due time in sim microseconds
 * @param command what to send the pump
 * @param line    line of the scenario file it came from (0 when built in code)
 */
public record TimedCommand(long atUs, PumpCommand command, int line) { }
