package io.itddsim.sim.firmware;

import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.alarm.AlarmType;
import java.util.List;

/**
 * An instruction to the pump from outside: a programmer, the patient's therapy manager or a
 * scenario timeline. Commands are applied at tick boundaries and may be refused; a refused command
 * changes nothing but the event log.
 */
public sealed interface PumpCommand extends java.io.Serializable
        permits PumpCommand.Program,
                PumpCommand.ProgramWithBridgeBolus,
                PumpCommand.BeginProgramming,
                PumpCommand.StartBolus,
                PumpCommand.PatientBolus,
                PumpCommand.Refill,
                PumpCommand.Interrogate,
                PumpCommand.AlarmTest,
                PumpCommand.AcknowledgeAlarms,
                PumpCommand.ConfigureAlarms,
                PumpCommand.LinkRefusal {

    /** Short name for logs and reports. */
    String name();

    /**
     * Replace the prescription (drug, concentration, therapy, patient bolus limits). Sent on its
     * own it is a whole programming transfer; after {@link BeginProgramming} it completes that one.
     */
    record Program(Prescription prescription, long lowReservoirAlarmNl) implements PumpCommand {
        /** A prescription alone: the low-reservoir level stays as it is. */
        public Program(Prescription prescription) {
            this(prescription, KEEP_LOW_RESERVOIR_LEVEL);
        }

        @Override
        public String name() {
            return "program";
        }
    }

    /**
     * With a program: keep the low-reservoir alarm level as it is. Any other value is a new level
     * (nL), taken together with the prescription or refused together with it.
     */
    long KEEP_LOW_RESERVOIR_LEVEL = 0;

    /**
     * A new prescription after a concentration change, preceded by a bridge bolus: the
     * {@code bridgeVolumeNl} of old drug in the catheter is pushed at the old basal rate, then the
     * new prescription takes over (DOMAIN.md 2).
     */
    record ProgramWithBridgeBolus(Prescription prescription, long bridgeVolumeNl, long lowReservoirAlarmNl)
            implements PumpCommand {
        /** A prescription and its bridge: the low-reservoir level stays as it is. */
        public ProgramWithBridgeBolus(Prescription prescription, long bridgeVolumeNl) {
            this(prescription, bridgeVolumeNl, KEEP_LOW_RESERVOIR_LEVEL);
        }

        @Override
        public String name() {
            return "program-with-bridge-bolus";
        }
    }

    /** The programmer starts transferring a program: the pump stops until {@link Program} arrives. */
    record BeginProgramming() implements PumpCommand {
        @Override
        public String name() {
            return "begin-programming";
        }
    }

    /** Give a clinician bolus (single or priming) of {@code volumeNl} over {@code durationUs}. */
    record StartBolus(BolusKind kind, long volumeNl, long durationUs) implements PumpCommand {
        @Override
        public String name() {
            return kind == BolusKind.PRIMING ? "priming-bolus" : "bolus";
        }
    }

    /** The patient presses the therapy manager's bolus button. */
    record PatientBolus() implements PumpCommand {
        @Override
        public String name() {
            return "ptm-bolus";
        }
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
     * @param enteredDrug     the drug name the clinician entered, or empty when not entered; a
     *                        drug other than the programmed one is refused (a new drug needs a new
     *                        prescription)
     */
    record Refill(
            RefillRoute route,
            long aspirateNl,
            long aspiratedNl,
            long addedNl,
            long drugConcentrationUgPerMl,
            long enteredConcentrationUgPerMl,
            long nextRefillDueUs,
            String enteredDrug)
            implements PumpCommand {
        public static final long ASPIRATE_ALL = -1;
        public static final long NOT_MEASURED = -1;

        public Refill {
            enteredDrug = enteredDrug == null ? "" : enteredDrug;
        }

        /** Entries without a drug name: the programmed drug is assumed. */
        public Refill(
                RefillRoute route,
                long aspirateNl,
                long aspiratedNl,
                long addedNl,
                long drugConcentrationUgPerMl,
                long enteredConcentrationUgPerMl,
                long nextRefillDueUs) {
            this(
                    route,
                    aspirateNl,
                    aspiratedNl,
                    addedNl,
                    drugConcentrationUgPerMl,
                    enteredConcentrationUgPerMl,
                    nextRefillDueUs,
                    "");
        }

        /** The usual refill: aspirate all, fill the reservoir, enter what was put in. */
        public static Refill ofReservoir(long addedNl, long concentrationUgPerMl, long nextRefillDueUs) {
            return new Refill(
                    RefillRoute.RESERVOIR,
                    ASPIRATE_ALL,
                    NOT_MEASURED,
                    addedNl,
                    concentrationUgPerMl,
                    concentrationUgPerMl,
                    nextRefillDueUs);
        }

        public Refill withAspirated(long nl) {
            return new Refill(
                    route,
                    aspirateNl,
                    nl,
                    addedNl,
                    drugConcentrationUgPerMl,
                    enteredConcentrationUgPerMl,
                    nextRefillDueUs,
                    enteredDrug);
        }

        public Refill withEnteredDrug(String drug) {
            return new Refill(
                    route,
                    aspirateNl,
                    aspiratedNl,
                    addedNl,
                    drugConcentrationUgPerMl,
                    enteredConcentrationUgPerMl,
                    nextRefillDueUs,
                    drug);
        }

        @Override
        public String name() {
            return "refill";
        }
    }

    /** Read prescription, reservoir estimate, alarms, battery and log; clears alarms whose cause is gone. */
    record Interrogate() implements PumpCommand {
        @Override
        public String name() {
            return "interrogate";
        }
    }

    /** Sound both annunciation patterns once. */
    record AlarmTest() implements PumpCommand {
        @Override
        public String name() {
            return "alarm-test";
        }
    }

    /** Silence the listed alarms (all active ones when empty) until their next repeat. */
    record AcknowledgeAlarms(List<AlarmType> alarms) implements PumpCommand {
        public AcknowledgeAlarms {
            alarms = List.copyOf(alarms);
        }

        @Override
        public String name() {
            return "acknowledge-alarms";
        }
    }

    /**
     * Requests the pump's telemetry stack refused before they reached therapy (a role that may not
     * send them, a bench command on a pump not in test mode, a client over its rate), {@code count}
     * of them, the last being {@code request} refused for {@code reason}. It changes nothing but the
     * event log, and costs no battery charge: the radio spent only what it spends listening. A burst
     * of them takes one record: when the newest record is already one of these, its count grows in
     * place instead of a new record taking a slot, so a flood can never push clinical records out
     * of the pump's memory. As an input it is replayed like any other.
     */
    record LinkRefusal(String request, String reason, long count) implements PumpCommand {
        public LinkRefusal {
            if (count < 1) {
                throw new IllegalArgumentException("a link refusal counts at least one request, got " + count);
            }
        }

        /** One refused request. */
        public LinkRefusal(String request, String reason) {
            this(request, reason, 1);
        }

        @Override
        public String name() {
            return request;
        }
    }

    /** Program the low-reservoir level, repeat intervals and alarm clock. */
    record ConfigureAlarms(AlarmSettings settings) implements PumpCommand {
        @Override
        public String name() {
            return "configure-alarms";
        }
    }
}
