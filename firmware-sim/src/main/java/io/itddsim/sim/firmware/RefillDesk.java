package io.itddsim.sim.firmware;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.SimInputException;
import io.itddsim.sim.alarm.AlarmManager;
import io.itddsim.sim.event.EventLog;
import io.itddsim.sim.event.EventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The firmware's part of a refill: checks what the clinician enters, compares the aspirated volume
 * with its own estimate (the discrepancy check, DOMAIN.md 5), refills the estimate, sets the next
 * refill reminder, and records a new entered concentration. It never sees where the needle was.
 */
final class RefillDesk implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final PrescriptionRules rules;
    private final ReservoirEstimator estimator;
    private final AlarmManager alarms;
    private final TherapyControl therapy;
    private final EventLog log;
    private final long discrepancyThresholdNl;
    private final List<RefillCheck> checks = new ArrayList<>();

    RefillDesk(
            PrescriptionRules rules,
            ReservoirEstimator estimator,
            AlarmManager alarms,
            TherapyControl therapy,
            EventLog log,
            long discrepancyThresholdNl) {
        this.rules = rules;
        this.estimator = estimator;
        this.alarms = alarms;
        this.therapy = therapy;
        this.log = log;
        this.discrepancyThresholdNl = discrepancyThresholdNl;
    }

    /** Throws if the programmer would refuse these entries; nothing has been done yet. */
    void check(PumpCommand.Refill r) {
        String programmed = therapy.prescription().drug();
        if (!r.enteredDrug().isEmpty() && !r.enteredDrug().equals(programmed)) {
            throw new SimInputException(
                    Refusal.INVALID,
                    "refill.drug",
                    "the pump is programmed for " + programmed + ", not " + r.enteredDrug()
                            + "; a different drug needs a new prescription");
        }
        rules.checkRefill(r, estimator.estimatedNl());
    }

    /** Takes the entries once the plant's part is done and the aspirate measured. */
    void enter(PumpCommand.Refill r, long nowUs) {
        check(r);
        if (r.aspiratedNl() < 0) {
            throw new SimInputException(Refusal.INVALID, "refill.aspirated", "the aspirated volume was not measured");
        }
        boolean all = r.aspirateNl() == PumpCommand.Refill.ASPIRATE_ALL;
        long expected = estimator.estimatedNl();
        if (all) {
            RefillCheck check = new RefillCheck(nowUs, expected, r.aspiratedNl(), discrepancyThresholdNl);
            checks.add(check);
            if (check.flagged()) {
                log.log(
                        nowUs,
                        EventType.REFILL_DISCREPANCY,
                        check.differenceNl(),
                        "expected " + expected + " nL, aspirated " + r.aspiratedNl() + " nL");
            }
        }
        long residual = all ? 0 : Math.max(0, expected - r.aspiratedNl());
        estimator.filled(residual + r.addedNl());
        alarms.setSettings(alarms.settings().withAlarmClockUs(r.nextRefillDueUs()));
        String detail = "aspirated " + r.aspiratedNl() + " nL; " + r.enteredConcentrationUgPerMl() + " ug/mL";
        if (therapy.concentrationEntered(r.enteredConcentrationUgPerMl())) {
            detail += " (concentration changed; rate unchanged, so the dose changes)";
        }
        log.log(nowUs, EventType.REFILL, r.addedNl(), detail);
    }

    List<RefillCheck> checks() {
        return Collections.unmodifiableList(checks);
    }

    int count() {
        return checks.size();
    }
}
