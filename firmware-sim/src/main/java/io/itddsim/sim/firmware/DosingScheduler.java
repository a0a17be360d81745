package io.itddsim.sim.firmware;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.math.BigInteger;

/**
 * Turns the programmed rate into strokes with exact integer accumulation. Every tick the volume the
 * prescription asks for (rate x tick, in 1/{@value PumpProfile#US_PER_DAY} nL) is added both to the
 * running programmed total and to what is owed; when a whole stroke is owed, one is due. So over
 * any horizon the commanded volume trails the programmed volume by less than one stroke, and
 * never drifts.
 *
 * <p>A bolus replaces the basal rate while it runs: its volume is owed at volume/duration until
 * exactly its volume has been programmed, then the therapy resumes.
 */
final class DosingScheduler implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long tickUs;
    private final long strokeVolumeNl;
    private final long strokeNumerator;
    /**
     * The fastest basal accrual at which a stroke can only fall due once the one before has driven
     * its last step (the profile's maximum rate keeps below it; a run of whole strokes checks anyway).
     */
    private final long maxSteadyIncrement;

    private final VolumeAccumulator programmed = new VolumeAccumulator();
    private long owedNumerator;
    private long strokes;

    private RateProgram rates;
    private long rateNlPerDay;
    private long rateValidUntilUs;
    private long basalIncrement;
    /** The longest steady run at this rate whose products stay below 2^62 (derived from the rate, not hashed). */
    private long maxSteadyTicks;

    private BolusKind bolus;
    private long bolusVolumeNl;
    private long bolusRemainingNumerator;
    private long bolusIncrement;

    DosingScheduler(PumpProfile profile) {
        tickUs = profile.tickUs();
        strokeVolumeNl = profile.strokeVolumeNl();
        strokeNumerator = Math.multiplyExact(strokeVolumeNl, PumpProfile.US_PER_DAY);
        long ticksToLastStep =
                (profile.get(ProfileParameter.STROKE_MOTOR_STEPS) - 1) * profile.motorStepPeriodTicks() + 1;
        maxSteadyIncrement = (strokeNumerator - 1) / ticksToLastStep;
        rates = new RateProgram(new Therapy.Stopped(), 0);
        rateValidUntilUs = RateProgram.FOREVER;
    }

    void setTherapy(Therapy therapy, long clockOffsetUs, long nowUs) {
        rates = new RateProgram(therapy, clockOffsetUs);
        refreshRate(nowUs);
    }

    private void refreshRate(long nowUs) {
        rateNlPerDay = rates.rateAt(nowUs);
        rateValidUntilUs = rates.changesAfter(nowUs);
        basalIncrement = Math.multiplyExact(rateNlPerDay, tickUs);
        maxSteadyTicks = (Long.MAX_VALUE / 4 - strokeNumerator) / Math.max(1, basalIncrement);
    }

    void startBolus(BolusKind kind, long volumeNl, long durationUs) {
        bolus = kind;
        bolusVolumeNl = volumeNl;
        bolusRemainingNumerator = Math.multiplyExact(volumeNl, PumpProfile.US_PER_DAY);
        long inc = BigInteger.valueOf(bolusRemainingNumerator)
                .multiply(BigInteger.valueOf(tickUs))
                .divide(BigInteger.valueOf(durationUs))
                .longValueExact();
        bolusIncrement = Math.max(1, inc);
    }

    /** Ends a running bolus early; returns the nL of it not yet programmed. */
    long cancelBolus() {
        long left = bolusRemainingNumerator / PumpProfile.US_PER_DAY;
        bolus = null;
        bolusRemainingNumerator = 0;
        return left;
    }

    /**
     * One tick of accrual at {@code nowUs}.
     *
     * @return true if a bolus finished on this tick
     */
    boolean accrue(long nowUs) {
        if (bolus != null) {
            long add = Math.min(bolusIncrement, bolusRemainingNumerator);
            bolusRemainingNumerator -= add;
            owe(add);
            if (bolusRemainingNumerator == 0) {
                bolus = null;
                return true;
            }
            return false;
        }
        if (nowUs >= rateValidUntilUs) {
            refreshRate(nowUs);
        }
        owe(basalIncrement);
        return false;
    }

    private void owe(long numerator) {
        owedNumerator += numerator;
        programmed.add(numerator);
    }

    boolean strokeDue() {
        return owedNumerator >= strokeNumerator;
    }

    void takeStroke() {
        owedNumerator -= strokeNumerator;
        strokes++;
    }

    /**
     * How many ticks from {@code nowUs} on are certainly pure accrual: no stroke falls due, no bolus
     * finishes and the basal rate does not change.
     */
    long quietTicks(long nowUs) {
        if (strokeDue()) {
            return 0;
        }
        long inc;
        long limit = Long.MAX_VALUE;
        if (bolus != null) {
            inc = bolusIncrement;
            limit = ceilDiv(bolusRemainingNumerator, inc) - 1;
        } else {
            if (nowUs >= rateValidUntilUs) {
                return 0;
            }
            inc = basalIncrement;
            if (rateValidUntilUs != RateProgram.FOREVER) {
                limit = ceilDiv(rateValidUntilUs - nowUs, tickUs);
            }
        }
        if (inc > 0) {
            limit = Math.min(limit, ceilDiv(strokeNumerator - owedNumerator, inc) - 1);
        }
        return limit;
    }

    /** Exactly what {@code ticks} quiet calls of {@link #accrue} would do. */
    void skip(long ticks) {
        long inc = bolus != null ? bolusIncrement : basalIncrement;
        long total = Math.multiplyExact(inc, ticks);
        if (bolus != null) {
            bolusRemainingNumerator -= total;
        }
        owe(total);
    }

    // ---- runs of whole strokes in one go (see WholeStrokes)

    /**
     * True while the basal rate runs unchanged past {@code nowUs}, owes something every tick, and
     * is slow enough that each stroke falls due only after the one before has driven its last step.
     */
    boolean steadyBasal(long nowUs) {
        return bolus == null && nowUs < rateValidUntilUs && basalIncrement > 0 && basalIncrement <= maxSteadyIncrement;
    }

    /** When the basal rate may next change (a flex step); {@link RateProgram#FOREVER} if never. */
    long rateValidUntilUs() {
        return rateValidUntilUs;
    }

    /** The most ticks a run of strokes may span at this rate with every product below 2^62. */
    long maxSteadyTicks() {
        return maxSteadyTicks;
    }

    /** Strokes falling due within the next {@code ticks} ticks of the steady basal rate. */
    long strokesDueWithin(long ticks) {
        return (owedNumerator + ticks * basalIncrement) / strokeNumerator;
    }

    /** The tick, counting this one as 0, on which the {@code j}-th stroke from now falls due ({@code j >= 1}). */
    long tickOfStroke(long j) {
        return ceilDiv(j * strokeNumerator - owedNumerator, basalIncrement) - 1;
    }

    /**
     * The most ticks between the first ticks of two strokes in a row at the steady basal rate: the
     * j-th falls on {@code ceil((j x stroke - owed) / increment) - 1}, and a difference of two such
     * ceilings is at most the ceiling of the difference.
     */
    long maxStrokeSpacingTicks() {
        return ceilDiv(strokeNumerator, basalIncrement);
    }

    /** Exactly what {@code ticks} ticks of steady basal accrual, taking {@code strokes} strokes as they fall due, do. */
    void leap(long ticks, long strokes) {
        owe(ticks * basalIncrement);
        owedNumerator -= strokes * strokeNumerator;
        this.strokes += strokes;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    long programmedNl() {
        return programmed.wholeNl();
    }

    long strokes() {
        return strokes;
    }

    long commandedNl() {
        return strokes * strokeVolumeNl;
    }

    long strokeVolumeNl() {
        return strokeVolumeNl;
    }

    long basalRateNlPerDay() {
        return rateNlPerDay;
    }

    BolusKind activeBolus() {
        return bolus;
    }

    long bolusVolumeNl() {
        return bolusVolumeNl;
    }

    void hashInto(StateDigest d) {
        d.section("scheduler")
                .add(owedNumerator)
                .add(strokes)
                .add(rateNlPerDay)
                .add(rateValidUntilUs)
                .add(bolus == null ? "-" : bolus.name())
                .add(bolusRemainingNumerator)
                .add(bolusIncrement);
        programmed.hashInto(d);
    }
}
