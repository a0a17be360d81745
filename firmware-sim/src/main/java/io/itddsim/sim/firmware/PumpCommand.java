package io.itddsim.sim.firmware;

/**
 * An instruction to the pump from outside: a programmer, the patient's therapy manager or a
 * scenario timeline. Commands are applied at tick boundaries and may be refused.
 */
public sealed interface PumpCommand permits PumpCommand.Program, PumpCommand.StartBolus {

    /** Short name for logs and reports. */
    String name();

    /** Replace the prescription (drug, concentration, therapy). */
    record Program(Prescription prescription) implements PumpCommand {
        @Override public String name() { return "program"; }
    }

    /** Give a single or priming bolus of {@code volumeNl} over {@code durationUs}. */
    record StartBolus(BolusKind kind, long volumeNl, long durationUs) implements PumpCommand {
        @Override public String name() { return kind == BolusKind.PRIMING ? "priming-bolus" : "bolus"; }
    }
}
