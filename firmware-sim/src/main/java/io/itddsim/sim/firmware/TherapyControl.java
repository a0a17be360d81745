package io.itddsim.sim.firmware;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.SimInputException;
import io.itddsim.sim.event.EventLog;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.hash.StateDigest;
import java.util.Locale;

/**
 * Which therapy runs: the programmed prescription, or an override of it (stopped during a
 * programming transfer or after a memory error; the minimum rate after an empty reservoir or a
 * low battery reset), and a new prescription waiting for a bridge bolus to finish. It is the one
 * place that tells the dosing scheduler what to do, and it keeps the NVM copy of the program in
 * step with the working one.
 */
final class TherapyControl implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final DosingScheduler scheduler;
    private final MemoryMonitor memory;
    private final EventLog log;
    private final long clockOffsetUs;
    private final long minimumRateNlPerDay;

    private Prescription prescription;
    private TherapyOverride override = TherapyOverride.NONE;
    private Prescription afterBridge;
    /** A low battery reset happened and no prescription has been programmed since. */
    private boolean resetPending;

    TherapyControl(
            DosingScheduler scheduler,
            MemoryMonitor memory,
            EventLog log,
            long clockOffsetUs,
            long minimumRateNlPerDay) {
        this.scheduler = scheduler;
        this.memory = memory;
        this.log = log;
        this.clockOffsetUs = clockOffsetUs;
        this.minimumRateNlPerDay = minimumRateNlPerDay;
    }

    /** The prescription of a pump already in service; logs nothing. */
    void commission(Prescription p) {
        prescription = p;
        memory.store(p);
        scheduler.setTherapy(p.therapy(), clockOffsetUs, 0);
    }

    /** A new prescription takes effect: ends any override, bolus or pending bridge. */
    void take(Prescription p, long nowUs) {
        cancelBolus(nowUs);
        afterBridge = null;
        prescription = p;
        memory.store(p);
        override = TherapyOverride.NONE;
        resetPending = false;
        scheduler.setTherapy(p.therapy(), clockOffsetUs, nowUs);
        log.log(
                nowUs,
                EventType.PRESCRIPTION_PROGRAMMED,
                scheduler.basalRateNlPerDay(),
                p.therapy().mode().name());
    }

    /** Runs {@code volumeNl} at the current basal rate as a bridge bolus, then takes {@code next}. */
    void bridge(Prescription next, long volumeNl, long durationUs, long nowUs) {
        cancelBolus(nowUs);
        scheduler.startBolus(BolusKind.BRIDGE, volumeNl, durationUs);
        afterBridge = next;
        log.log(nowUs, EventType.BOLUS_STARTED, volumeNl, BolusKind.BRIDGE.name());
    }

    /** A bolus finished on this tick: a finished bridge hands over to the prescription waiting for it. */
    void bolusCompleted(BolusKind kind, long nowUs) {
        log.log(nowUs, EventType.BOLUS_COMPLETED, scheduler.bolusVolumeNl(), kind.name());
        if (kind == BolusKind.BRIDGE && afterBridge != null) {
            take(afterBridge, nowUs);
        }
    }

    void override(TherapyOverride o, long nowUs) {
        cancelBolus(nowUs);
        afterBridge = null;
        override = o;
        Therapy t = o.stopped
                ? new Therapy.Stopped()
                : o == TherapyOverride.MINIMUM_RATE
                        ? new Therapy.Continuous(minimumRateNlPerDay)
                        : prescription.therapy();
        scheduler.setTherapy(t, clockOffsetUs, nowUs);
    }

    /** The processor was reset: the running program is lost; minimum rate until reprogrammed. */
    void lowBatteryReset(long nowUs) {
        resetPending = true;
        override(TherapyOverride.MINIMUM_RATE, nowUs);
    }

    void cancelBolus(long nowUs) {
        if (scheduler.activeBolus() != null) {
            log.log(nowUs, EventType.BOLUS_CANCELLED, scheduler.cancelBolus());
        }
    }

    /** A refill entered a new concentration: the program's concentration changes, its rate does not. */
    boolean concentrationEntered(long ugPerMl) {
        if (ugPerMl == prescription.concentrationUgPerMl()) {
            return false;
        }
        prescription = prescription.withConcentration(ugPerMl);
        memory.store(prescription);
        return true;
    }

    void refuseWhenStopped(String what) {
        if (override.stopped) {
            throw new SimInputException(
                    Refusal.PUMP_STATE,
                    "pump",
                    "cannot give " + what + ": the pump is stopped ("
                            + override.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        }
    }

    InfusionMode mode() {
        if (override.stopped) {
            return InfusionMode.STOPPED;
        }
        BolusKind b = scheduler.activeBolus();
        if (b != null) {
            return b.mode();
        }
        return override == TherapyOverride.MINIMUM_RATE
                ? InfusionMode.MINIMUM_RATE
                : prescription.therapy().mode();
    }

    Prescription prescription() {
        return prescription;
    }

    TherapyOverride override() {
        return override;
    }

    boolean resetPending() {
        return resetPending;
    }

    void hashInto(StateDigest d) {
        d.section("therapy")
                .add(String.valueOf(prescription))
                .add(override.name())
                .add(String.valueOf(afterBridge))
                .add(resetPending);
    }
}
