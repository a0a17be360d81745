package io.itddsim.sim.firmware;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.SimInputException;
import io.itddsim.sim.event.EventLog;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.hash.StateDigest;
import java.util.Locale;

/**
 * Decides whether a clinician's or a patient's bolus may start now, and starts it: within the
 * rules, not while the pump is stopped or another bolus runs, not beyond the reservoir estimate,
 * and for the patient within the PTM lockout and daily maximum.
 */
final class BolusDesk implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final PrescriptionRules rules;
    private final DosingScheduler scheduler;
    private final ReservoirEstimator estimator;
    private final TherapyControl therapy;
    private final EventLog log;
    private final PtmGate ptm = new PtmGate();

    BolusDesk(
            PrescriptionRules rules,
            DosingScheduler scheduler,
            ReservoirEstimator estimator,
            TherapyControl therapy,
            EventLog log) {
        this.rules = rules;
        this.scheduler = scheduler;
        this.estimator = estimator;
        this.therapy = therapy;
        this.log = log;
    }

    void clinician(BolusKind kind, long volumeNl, long durationUs, long nowUs) {
        rules.checkBolus(kind, volumeNl, durationUs);
        if (kind == BolusKind.PATIENT || kind == BolusKind.BRIDGE) {
            throw new SimInputException(
                    Refusal.INVALID,
                    "bolus.kind",
                    kind.name().toLowerCase(Locale.ROOT) + " boluses have their own commands");
        }
        refuseNow(volumeNl);
        start(kind, volumeNl, durationUs, nowUs);
    }

    void patient(long nowUs) {
        PtmLimits limits = checkPatient(nowUs);
        ptm.given(nowUs);
        start(BolusKind.PATIENT, limits.doseNl(), limits.durationUs(), nowUs);
    }

    /** Throws the refusal a patient's bolus would get now; changes nothing. Returns the limits. */
    PtmLimits checkPatient(long nowUs) {
        PtmLimits limits = therapy.prescription().ptm();
        if (limits == null) {
            throw new SimInputException(Refusal.PUMP_STATE, "ptm_bolus", "the prescription allows no patient boluses");
        }
        refuseNow(limits.doseNl());
        ptm.check(limits, nowUs);
        return limits;
    }

    private void refuseNow(long volumeNl) {
        therapy.refuseWhenStopped("a bolus");
        if (scheduler.activeBolus() != null) {
            throw new SimInputException(
                    Refusal.PUMP_STATE,
                    "bolus",
                    "a " + scheduler.activeBolus().name().toLowerCase(Locale.ROOT) + " bolus is already running");
        }
        if (volumeNl > estimator.estimatedNl()) {
            throw new SimInputException(
                    Refusal.PUMP_STATE,
                    "bolus",
                    "the reservoir estimate (" + estimator.estimatedNl() + " nL) is less than the bolus (" + volumeNl
                            + " nL)");
        }
    }

    private void start(BolusKind kind, long volumeNl, long durationUs, long nowUs) {
        scheduler.startBolus(kind, volumeNl, durationUs);
        log.log(nowUs, EventType.BOLUS_STARTED, volumeNl, kind.name());
    }

    long patientBolusesGiven() {
        return ptm.given();
    }

    void hashInto(StateDigest d) {
        ptm.hashInto(d);
    }
}
