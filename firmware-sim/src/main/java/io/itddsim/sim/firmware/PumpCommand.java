package io.itddsim.sim.firmware;

import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.procedure.RefillRoute;
import java.util.List;

/**
 * An instruction to the pump from outside: a programmer, the patient's therapy manager or a
 * scenario timeline. Commands are applied at tick boundaries and may be refused; a refused command
 * changes nothing but the event log.
 */
public sealed interface PumpCommand extends java.io.Serializable permits PumpCommand.Program, PumpCommand.ProgramWithBridgeBolus,
        PumpCommand.BeginProgramming, PumpCommand.StartBolus, PumpCommand.PatientBolus, PumpCommand.Refill,
        PumpCommand.Interrogate, PumpCommand.AlarmTest, PumpCommand.AcknowledgeAlarms, PumpCommand.ConfigureAlarms {

    /** Short name for logs and reports. */
    String name();

    /**
     * Replace the prescription (drug, concentration, therapy, patient bolus limits). Sent on its
     * own it is a whole programming transfer; after {@link BeginProgramming} it completes that one.
     */
    record Program(Prescription prescription) implements PumpCommand {
        @Override public String name() { return "program"; }
    }

    /**
     * A new prescription after a concentration change, preceded by a bridge bolus: the
     * {@code bridgeVolumeNl} of old drug in the catheter is pushed at the old basal rate, then the
     * new prescription takes over (DOMAIN.md 2).
     */
    record ProgramWithBridgeBolus(Prescription prescription, long bridgeVolumeNl) implements PumpCommand {
        @Override public String name() { return "program-with-bridge-bolus"; }
    }

    /** The programmer starts transferring a program: the pump stops until {@link Program} arrives. */
    record BeginProgramming() implements PumpCommand {
        @Override public String name() { return "begin-programming"; }
    }

    /** Give a clinician bolus (single or priming) of {@code volumeNl} over {@code durationUs}. */
    record StartBolus(BolusKind kind, long volumeNl, long durationUs) implements PumpCommand {
        @Override public String name() { return kind == BolusKind.PRIMING ? "priming-bolus" : "bolus"; }
    }

    /** The patient presses the therapy manager's bolus button. */
    record PatientBolus() implements PumpCommand {
        @Override public String name() { return "ptm-bolus"; }
    }

    /**
     * A refill: the clinician aspirates, injects {@code addedNl} of drug at its true
     * {@code drugConcentrationUgPerMl} by {@code route}, and enters the volume and the
     * {@code enteredConcentrationUgPerMl} into the programmer, with the next refill date.
     *
     * @param aspirateNl      what to aspirate, or {@link #ASPIRATE_ALL}
     * @param aspiratedNl     what the syringe showed: filled in by the simulator from the plant
     *                        ({@link #NOT_MEASURED} until then); the firmware compares it with its estimate
     * @param nextRefillDueUs sim time of the refill reminder (alarm clock), or 0 for none
     */
    record Refill(RefillRoute route, long aspirateNl, long aspiratedNl, long addedNl, long drugConcentrationUgPerMl,
                  long enteredConcentrationUgPerMl, long nextRefillDueUs) implements PumpCommand {
        public static final long ASPIRATE_ALL = -1;
        public static final long NOT_MEASURED = -1;

        /** The usual refill: aspirate all, fill the reservoir, enter what was put in. */
        public static Refill ofReservoir(long addedNl, long concentrationUgPerMl, long nextRefillDueUs) {
            return new Refill(RefillRoute.RESERVOIR, ASPIRATE_ALL, NOT_MEASURED, addedNl, concentrationUgPerMl,
                    concentrationUgPerMl, nextRefillDueUs);
        }

        public Refill withAspirated(long nl) {
            return new Refill(route, aspirateNl, nl, addedNl, drugConcentrationUgPerMl, enteredConcentrationUgPerMl,
                    nextRefillDueUs);
        }

        @Override public String name() { return "refill"; }
    }

    /** Read prescription, reservoir estimate, alarms, battery and log; clears alarms whose cause is gone. */
    record Interrogate() implements PumpCommand {
        @Override public String name() { return "interrogate"; }
    }

    /** Sound both annunciation patterns once. */
    record AlarmTest() implements PumpCommand {
        @Override public String name() { return "alarm-test"; }
    }

    /** Silence the listed alarms (all active ones when empty) until their next repeat. */
    record AcknowledgeAlarms(List<AlarmType> alarms) implements PumpCommand {
        public AcknowledgeAlarms {
            alarms = List.copyOf(alarms);
        }

        @Override public String name() { return "acknowledge-alarms"; }
    }

    /** Program the low-reservoir level, repeat intervals and alarm clock. */
    record ConfigureAlarms(AlarmSettings settings) implements PumpCommand {
        @Override public String name() { return "configure-alarms"; }
    }
}
