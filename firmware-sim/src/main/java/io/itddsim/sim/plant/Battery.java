package io.itddsim.sim.plant;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * The pump's primary cell. Charge is spent by a baseline draw every tick, each motor step, each
 * alarm tone and each telemetry session; the open-circuit voltage follows a piecewise-linear curve
 * of depth of discharge, and the terminal voltage sags by the load current times the internal
 * resistance. Charge is counted in whole nanocoulombs; the baseline keeps its sub-nanocoulomb
 * remainder so that skipping idle ticks spends exactly what stepping them would.
 */
public final class Battery implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long NA_US_PER_NC = 1_000_000L;
    /** 1 MOhm: far beyond a working cell; with the current limits below, terminalMv stays in a long. */
    public static final long MAX_RESISTANCE_MOHM = 1_000_000_000L;
    /** 100 mA of defects at once: far beyond any fault in the catalogue. */
    public static final long MAX_PARASITIC_NA = 100_000_000L;

    private final long capacityNc;
    private final long tickUs;
    private final long baselineNaUsPerTick;
    private final long stepChargeNc;
    private final long stepCurrentUa;
    private final long toneCurrentUa;
    private final long telemetrySessionChargeNc;
    private final long[] curveDodPpm;
    private final long[] curveMv;

    private long consumedNc;
    private long baselineRemainderNaUs;
    private long internalResistanceMilliOhm;
    /**
     * A defect's extra current inside or across the cell (self-discharge through a resistive film,
     * a short at the feedthrough); fault state, 0 when sound. It drains charge like the baseline and,
     * unlike the baseline (whose small sag the open-circuit curve already includes), sags the
     * terminal voltage through the internal resistance.
     */
    private long parasiticCurrentNa;

    private long drainNaUsPerTick;
    /** {@link #drainNaUsPerTick} split into whole nanocoulombs and the rest (derived, for {@link #drainOneTick}). */
    private long drainWholeNcPerTick;

    private long drainRestNaUsPerTick;

    private final FaultPresence faults;

    public Battery(PumpProfile profile, long initialDepthOfDischargePpm) {
        this(profile, initialDepthOfDischargePpm, new FaultPresence());
    }

    Battery(PumpProfile profile, long initialDepthOfDischargePpm, FaultPresence faults) {
        this.faults = faults;
        capacityNc = profile.get(ProfileParameter.BATTERY_CAPACITY_NC);
        tickUs = profile.tickUs();
        baselineNaUsPerTick =
                Math.multiplyExact(profile.get(ProfileParameter.BATTERY_BASELINE_CURRENT_NA), profile.tickUs());
        stepChargeNc = profile.get(ProfileParameter.BATTERY_STEP_CHARGE_NC);
        stepCurrentUa = profile.get(ProfileParameter.BATTERY_STEP_CURRENT_UA);
        toneCurrentUa = profile.get(ProfileParameter.BATTERY_TONE_CURRENT_UA);
        telemetrySessionChargeNc = profile.get(ProfileParameter.BATTERY_TELEMETRY_SESSION_CHARGE_NC);
        internalResistanceMilliOhm = profile.get(ProfileParameter.BATTERY_INTERNAL_RESISTANCE_MOHM);
        curveDodPpm = new long[] {
            0,
            profile.get(ProfileParameter.BATTERY_KNEE_DOD_PPM),
            profile.get(ProfileParameter.BATTERY_LATE_DOD_PPM),
            1_000_000
        };
        curveMv = new long[] {
            profile.get(ProfileParameter.BATTERY_OCV_FRESH_MV),
            profile.get(ProfileParameter.BATTERY_OCV_KNEE_MV),
            profile.get(ProfileParameter.BATTERY_OCV_LATE_MV),
            profile.get(ProfileParameter.BATTERY_OCV_EMPTY_MV)
        };
        if (initialDepthOfDischargePpm < 0 || initialDepthOfDischargePpm > 1_000_000) {
            throw new io.itddsim.sim.SimInputException(
                    "battery.depth_of_discharge", "expected 0..100%, got " + initialDepthOfDischargePpm + " ppm");
        }
        consumedNc = capacityNc / 1_000_000 * initialDepthOfDischargePpm;
        setDrainPerTick(baselineNaUsPerTick);
    }

    private void setDrainPerTick(long naUs) {
        drainNaUsPerTick = naUs;
        drainWholeNcPerTick = naUs / NA_US_PER_NC;
        drainRestNaUsPerTick = naUs % NA_US_PER_NC;
    }

    /** The quiescent draw for {@code ticks} ticks. */
    public void drainBaseline(long ticks) {
        baselineRemainderNaUs += Math.multiplyExact(ticks, drainNaUsPerTick);
        consumedNc += baselineRemainderNaUs / NA_US_PER_NC;
        baselineRemainderNaUs %= NA_US_PER_NC;
    }

    /**
     * {@link #drainBaseline} for one tick: the same carry (the remainder below a nanocoulomb stays
     * below one, so at most one more carries), without a division, as it runs on every stepped tick.
     */
    void drainOneTick() {
        consumedNc += drainWholeNcPerTick;
        baselineRemainderNaUs += drainRestNaUsPerTick;
        if (baselineRemainderNaUs >= NA_US_PER_NC) {
            baselineRemainderNaUs -= NA_US_PER_NC;
            consumedNc++;
        }
    }

    /** The charge of one motor step. */
    void drawMotorStep() {
        consumedNc += stepChargeNc;
    }

    /** The charge of {@code steps} motor steps at once (a run of whole strokes, see {@link Plant#leapPlainSteps}). */
    void drawMotorSteps(long steps) {
        consumedNc = Math.addExact(consumedNc, Math.multiplyExact(steps, stepChargeNc));
    }

    /**
     * What {@link #consumedNc()} would be after {@code ticks} more ticks of quiescent draw and
     * {@code steps} more motor steps, in whatever order; changes nothing.
     */
    long consumedAfter(long ticks, long steps) {
        long drained = (baselineRemainderNaUs + Math.multiplyExact(ticks, drainNaUsPerTick)) / NA_US_PER_NC;
        return Math.addExact(Math.addExact(consumedNc, drained), Math.multiplyExact(steps, stepChargeNc));
    }

    /** An alarm tone sounding for {@code durationUs}. */
    public void drawTone(long durationUs) {
        // uA x us = pC; 1000 pC = 1 nC
        consumedNc += Math.multiplyExact(toneCurrentUa, durationUs) / 1_000;
    }

    /** One programmer or patient-therapy-manager session. */
    public void drawTelemetrySession() {
        consumedNc += telemetrySessionChargeNc;
    }

    public long stepCurrentUa() {
        return stepCurrentUa;
    }

    public long depthOfDischargePpm() {
        return depthOfDischargePpmAt(consumedNc);
    }

    private long depthOfDischargePpmAt(long consumed) {
        if (consumed >= capacityNc) {
            return 1_000_000;
        }
        // consumed < capacity <= 1e14, times 1e6 would overflow: divide the capacity first
        return consumed / Math.max(1, capacityNc / 1_000_000);
    }

    public long openCircuitMv() {
        return openCircuitMvAt(consumedNc);
    }

    /** The open-circuit voltage once {@code consumed} nC are spent: never rises as charge is spent. */
    private long openCircuitMvAt(long consumed) {
        long dod = Math.min(1_000_000, depthOfDischargePpmAt(consumed));
        for (int i = 1; i < curveDodPpm.length; i++) {
            if (dod <= curveDodPpm[i]) {
                long span = curveDodPpm[i] - curveDodPpm[i - 1];
                long into = dod - curveDodPpm[i - 1];
                return curveMv[i - 1] - (curveMv[i - 1] - curveMv[i]) * into / span;
            }
        }
        return curveMv[curveMv.length - 1];
    }

    /** Terminal voltage while {@code loadUa} flows: the open-circuit voltage less the IR drop. */
    public long terminalMv(long loadUa) {
        return terminalMvAt(consumedNc, loadUa);
    }

    /** {@link #terminalMv} once {@code consumed} nC are spent: never rises as charge is spent. */
    long terminalMvAt(long consumed, long loadUa) {
        // nA x mOhm = pV; 1e9 pV = 1 mV: with no parasitic current exactly uA x mOhm / 1e6. The
        // ranges keep it in a long: load <= 1e9 nA + parasitic <= 1e8 nA, resistance <= 1e9 mOhm.
        return Math.max(
                0,
                openCircuitMvAt(consumed)
                        - (loadUa * 1_000 + parasiticCurrentNa) * internalResistanceMilliOhm / 1_000_000_000L);
    }

    /** {@link #terminalMv} of a cell with no parasitic current, as the motor step of a sound pump uses it. */
    long soundTerminalMv(long loadUa) {
        return soundTerminalMvAt(consumedNc, loadUa);
    }

    /** {@link #soundTerminalMv} once {@code consumed} nC are spent: never rises as charge is spent. */
    long soundTerminalMvAt(long consumed, long loadUa) {
        // uA x mOhm = nV; 1e6 nV = 1 mV
        return Math.max(0, openCircuitMvAt(consumed) - loadUa * internalResistanceMilliOhm / 1_000_000);
    }

    /** True while a defect draws a parasitic current. */
    boolean faulted() {
        return parasiticCurrentNa != 0;
    }

    public long consumedNc() {
        return consumedNc;
    }

    public long capacityNc() {
        return capacityNc;
    }

    public long internalResistanceMilliOhm() {
        return internalResistanceMilliOhm;
    }

    /** A degrading cell (the resistive-film defect) raises this. */
    public void setInternalResistanceMilliOhm(long milliOhm) {
        if (milliOhm < 0 || milliOhm > MAX_RESISTANCE_MOHM) {
            throw new IllegalArgumentException(
                    "internal resistance must be 0.." + MAX_RESISTANCE_MOHM + " mOhm: " + milliOhm);
        }
        internalResistanceMilliOhm = milliOhm;
    }

    /** A defect's continuous extra current (see the field); 0 when sound. */
    public void setParasiticCurrentNa(long currentNa) {
        if (currentNa < 0 || currentNa > MAX_PARASITIC_NA) {
            throw new IllegalArgumentException(
                    "parasitic current must be 0.." + MAX_PARASITIC_NA + " nA: " + currentNa);
        }
        boolean was = faulted();
        parasiticCurrentNa = currentNa;
        faults.changed(was, faulted());
        setDrainPerTick(Math.addExact(baselineNaUsPerTick, Math.multiplyExact(currentNa, tickUs)));
    }

    public long parasiticCurrentNa() {
        return parasiticCurrentNa;
    }

    /** A snapshot taken before the split drain existed restores with it derived again. */
    private Object readResolve() {
        setDrainPerTick(drainNaUsPerTick);
        return this;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("battery").add(consumedNc).add(baselineRemainderNaUs).add(internalResistanceMilliOhm);
        if (parasiticCurrentNa != 0) {
            d.section("battery.fault").add(parasiticCurrentNa);
        }
    }
}
