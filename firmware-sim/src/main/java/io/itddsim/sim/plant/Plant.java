package io.itddsim.sim.plant;

import io.itddsim.sim.hal.PumpHardware;
import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.util.function.LongUnaryOperator;

/**
 * The physical pump: what actually happens. Motor, gear train, rotor and tubing, reservoir,
 * catheter, battery, and the ledger of where drug went. It exposes to the firmware only the
 * {@link PumpHardware} view (a drive line and two sensors); tests and fault injection change the
 * parts directly, and the firmware finds out only through those sensors.
 */
public final class Plant implements PumpHardware, StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Motor motor;
    private final GearTrain gears;
    private final PeristalticRotor rotor;
    private final Reservoir reservoir;
    private final Catheter catheter;
    private final Battery battery;
    private final DrugLedger ledger = new DrugLedger();
    private final FaultPresence faults = new FaultPresence();
    private final FlowPath flow;
    private final NvmChip nvm;
    private final RefillAccess refillAccess = new RefillAccess();
    private final ExternalField field = new ExternalField();

    private final long csfPressurePa;
    private final long nominalStepVolumeNl;
    private final long stepPeriodUs;
    /** Torque at the motor per pascal of outlet-over-inlet pressure, in millionths of a nN*m. */
    private final long pressureTorqueMicroNnmPerPa;

    private final long brownOutMv;
    /** Outlet pressure while a plain step pushes its volume through the open catheter: a constant of the build. */
    private final long soundOutletPressurePa;

    private boolean stepDriven;
    private long lastLoadTorqueNnm;
    private long lastOutletPressurePa;
    private long brownOutResets;
    private long toneUs;

    public Plant(PumpProfile profile, long strokeGainPpm, long batteryDepthOfDischargePpm) {
        motor = new Motor(profile, faults);
        gears = new GearTrain(profile);
        rotor = new PeristalticRotor(profile, strokeGainPpm);
        reservoir = new Reservoir(profile);
        catheter = new Catheter(profile);
        battery = new Battery(profile, batteryDepthOfDischargePpm, faults);
        flow = new FlowPath(profile, reservoir, catheter, ledger, faults);
        nvm = new NvmChip(profile.nvmSizeBytes());
        brownOutMv = profile.get(ProfileParameter.BROWNOUT_MV);
        csfPressurePa = profile.get(ProfileParameter.CSF_PRESSURE_PA);
        stepPeriodUs = profile.get(ProfileParameter.MOTOR_STEP_PERIOD_US);
        nominalStepVolumeNl =
                Math.max(1, profile.get(ProfileParameter.ROLLER_PASS_VOLUME_NL) / profile.motorStepsPerRollerPass());
        // torque = dP x (volume per step / shaft angle per step); angle = 2 pi / steps per rev
        double m3PerRad = profile.get(ProfileParameter.ROLLER_PASS_VOLUME_NL)
                * 1e-12
                / profile.motorStepsPerRollerPass()
                * profile.get(ProfileParameter.MOTOR_STEPS_PER_REV)
                / (2 * StrictMath.PI);
        pressureTorqueMicroNnmPerPa = Math.round(m3PerRad * 1e9 * 1e6);
        soundOutletPressurePa = csfPressurePa + catheter.pressureDropPa(nominalStepVolumeNl, stepPeriodUs);
        lastOutletPressurePa = csfPressurePa;
    }

    // ---- PumpHardware: the firmware's only view

    @Override
    public void driveMotorStep() {
        stepDriven = true;
    }

    @Override
    public long rotorPulseCount() {
        return motor.stepsMoved();
    }

    @Override
    public long batteryTerminalMv() {
        return battery.terminalMv(stepDriven ? battery.stepCurrentUa() : 0);
    }

    @Override
    public void playTone(long frequencyHz, long durationUs) {
        battery.drawTone(durationUs);
        toneUs += durationUs;
    }

    @Override
    public void radioSession() {
        battery.drawTelemetrySession();
    }

    @Override
    public long brownOutResetCount() {
        return brownOutResets;
    }

    @Override
    public boolean telemetryFieldDetected() {
        return field.present();
    }

    @Override
    public int nvmSizeBytes() {
        return nvm.sizeBytes();
    }

    @Override
    public void nvmRead(int address, byte[] into, int offset, int length) {
        nvm.read(address, into, offset, length);
    }

    @Override
    public void nvmWrite(int address, byte[] from, int offset, int length) {
        nvm.write(address, from, offset, length);
    }

    // ---- physics

    /** Advances the physics by the tick at sim time {@code nowUs}: baseline drain and, if driven, one motor step. */
    public void step(long nowUs) {
        battery.drainOneTick();
        if (stepDriven) {
            motorStep(nowUs);
            stepDriven = false;
        }
    }

    /** The same as {@code ticks} calls of {@link #step} with the motor idle. */
    public void idle(long ticks) {
        battery.drainBaseline(ticks);
    }

    private void motorStep(long nowUs) {
        if (faults.any()) {
            faultedMotorStep(nowUs); // docs/FAULTS.md; a sound pump runs the plain step below, untouched
            return;
        }
        soundMotorStep();
    }

    /**
     * One driven step of a sound pump. On a sound pump it must do exactly what {@link
     * #faultedMotorStep} does (a property test pins the two together); it exists apart for speed.
     */
    void soundMotorStep() {
        battery.drawMotorStep();
        long terminalMv = battery.soundTerminalMv(battery.stepCurrentUa());
        if (terminalMv < brownOutMv) {
            brownOutResets++; // the supply sags below what the processor needs: it resets, the step is lost
            return;
        }
        lastOutletPressurePa = soundOutletPressurePa;
        lastLoadTorqueNnm = loadTorqueNnm(lastOutletPressurePa);
        if (!motor.step(lastLoadTorqueNnm, terminalMv)) {
            return;
        }
        long displacedNl = rotor.advanceOneStep();
        reservoir.withdraw(displacedNl);
        catheter.push(reservoir.lastWithdrawnNl(), reservoir.lastWithdrawnPg());
        ledger.toSpinalFluid(catheter.lastOutNl(), catheter.lastOutPg());
    }

    /**
     * The same step with the faults that act on it: a parasitic current sagging the battery, a
     * feedthrough short or an external field on the motor, a leak or obstruction in the flow path.
     * Kept apart so that the plain step's code, and what the JIT makes of it, is the same as before
     * faults existed (docs/PERFORMANCE.md).
     */
    void faultedMotorStep(long nowUs) {
        battery.drawMotorStep();
        long terminalMv = battery.terminalMv(battery.stepCurrentUa());
        if (terminalMv < brownOutMv) {
            brownOutResets++;
            return;
        }
        lastOutletPressurePa = flow.impaired()
                ? flow.impairedOutletPressurePa(nowUs, nominalStepVolumeNl, stepPeriodUs)
                : soundOutletPressurePa;
        lastLoadTorqueNnm = loadTorqueNnm(lastOutletPressurePa);
        if (!motor.stepFaulted(lastLoadTorqueNnm, terminalMv)) {
            return;
        }
        long displacedNl = rotor.advanceOneStep();
        if (flow.impaired()) {
            flow.pumpImpaired(nowUs, displacedNl);
            return;
        }
        reservoir.withdraw(displacedNl);
        catheter.push(reservoir.lastWithdrawnNl(), reservoir.lastWithdrawnPg());
        ledger.toSpinalFluid(catheter.lastOutNl(), catheter.lastOutPg());
    }

    /** Load at the motor shaft for a step against {@code outletPa}: tubing, gears and the pressure across the pump. */
    private long loadTorqueNnm(long outletPa) {
        long pressureTorque = (outletPa - reservoir.pressurePa()) * pressureTorqueMicroNnmPerPa / 1_000_000;
        return Math.max(0, rotor.tubingTorqueNnm() + gears.frictionTorqueNnm() + pressureTorque);
    }

    // ---- runs of whole strokes in one go (PumpSimulator's fast-forward; docs/PERFORMANCE.md)

    /** True while a driven step is the plain step of a sound pump: no fault acts on the motor, the battery or the flow path. */
    public boolean stepsArePlain() {
        return !faults.any();
    }

    /**
     * Whether {@code steps} more plain steps would all turn the shaft with no brown-out, the last of
     * them on the {@code ticks}-th tick from now (this tick being the first). A plain step's load does
     * not change, and the battery's voltage only falls as charge is spent, so the last step is the
     * hardest: if it moves, every one before it did. Changes nothing.
     */
    public boolean plainStepsAllMove(long steps, long ticks) {
        long terminalMv = battery.soundTerminalMvAt(battery.consumedAfter(ticks, steps), battery.stepCurrentUa());
        return terminalMv >= brownOutMv && motor.soundStepMoves(loadTorqueNnm(soundOutletPressurePa), terminalMv);
    }

    /** Nanolitres {@code steps} more plain steps would take from the reservoir, and deliver at the tip. Changes nothing. */
    public long plainStepsDeliverNl(long steps) {
        return Math.min(rotor.displacementOver(steps), reservoir.volumeNl());
    }

    /**
     * The same as {@code ticks} calls of {@link #step} in which {@code steps} plain steps are driven,
     * all of which move (see {@link #plainStepsAllMove}): the battery, motor, rotor, reservoir,
     * catheter and ledger end exactly where stepping leaves them. Solution of one whole
     * concentration moves in one go; a mixture, whose masses round step by step, moves step by step.
     */
    public void leapPlainSteps(long ticks, long steps) {
        battery.drainBaseline(ticks);
        if (steps == 0) {
            return;
        }
        battery.drawMotorSteps(steps);
        lastOutletPressurePa = soundOutletPressurePa;
        lastLoadTorqueNnm = loadTorqueNnm(lastOutletPressurePa);
        motor.recordMovedSteps(steps);
        movePlainSteps(steps);
    }

    /** What {@code steps} moving steps of a sound flow path do to the rotor, reservoir, catheter and ledger. */
    private void movePlainSteps(long steps) {
        long displacedNl = rotor.displacementOver(steps);
        long nl = Math.min(displacedNl, reservoir.volumeNl());
        long pgPerNl = reservoir.wholeConcentrationPgPerNl();
        if (pgPerNl >= 0 && catheter.pushInPiecesIsExactAtOnce(nl, pgPerNl)) {
            rotor.advance(steps, displacedNl);
            reservoir.withdrawWholeConcentration(nl, pgPerNl);
            catheter.pushWholeConcentration(nl, pgPerNl);
            ledger.toSpinalFluid(catheter.lastOutNl(), catheter.lastOutPg());
            return;
        }
        for (long i = 0; i < steps; i++) { // a mixture: each step's share of mass is rounded on its own
            reservoir.withdraw(rotor.advanceOneStep());
            catheter.push(reservoir.lastWithdrawnNl(), reservoir.lastWithdrawnPg());
            ledger.toSpinalFluid(catheter.lastOutNl(), catheter.lastOutPg());
        }
    }

    // ---- runs of strokes under a steady fault load (the same fast-forward; docs/MODEL.md "Whole strokes")

    /**
     * Which way a run of strokes from now could be taken in one go, given whether the steps are to
     * move (the firmware's stall detector says which it can take: a declared stall needs steps that
     * miss); the first step at {@code firstStepUs}, steps of a stroke {@code stepUs} apart, strokes
     * at most {@code gapUs} apart from one's last step to the next one's first. Steps that miss
     * against an obstruction must leave its held volume still ({@link FlowPath#holdsStill}): a wall
     * that drains would lower the load until a step moves. Changes nothing.
     */
    public LoadedRun loadedRun(boolean moving, long firstStepUs, long stepUs, long gapUs) {
        if (!flow.buffering()) {
            return moving ? LoadedRun.MOVING : LoadedRun.MISSING;
        }
        if (!moving) {
            return flow.holdsStill(firstStepUs, Math.max(stepUs, gapUs)) ? LoadedRun.MISSING : LoadedRun.NONE;
        }
        return flow.strokesFillInOneGo(stepUs) && reservoir.wholeConcentrationPgPerNl() >= 0
                ? LoadedRun.FILLING
                : LoadedRun.NONE;
    }

    /**
     * Whether the {@code steps}-th driven step from now, on the {@code ticks}-th tick (this one the
     * first), turns the shaft with no brown-out against the most load a step of the run sees: the
     * load now, or a full wall's behind an obstruction. The battery only sags as charge is spent, so
     * if that step moves, every one before it did. Changes nothing.
     */
    public boolean loadedStepMoves(long steps, long ticks) {
        long terminalMv = battery.terminalMvAt(battery.consumedAfter(ticks, steps), battery.stepCurrentUa());
        long outletPa = flow.buffering() ? flow.fullOutletPressurePa() : steadyOutletPressurePa();
        return terminalMv >= brownOutMv && motor.faultedStepMoves(loadTorqueNnm(outletPa), terminalMv);
    }

    /**
     * Whether the {@code steps}-th driven step from now, on the {@code ticks}-th tick, misses (does
     * not turn the shaft) without a brown-out, against the load now (steady: see {@link #loadedRun}).
     * The first step is the likeliest to move and the last to brown out, so if both miss, all do.
     */
    public boolean loadedStepMisses(long steps, long ticks) {
        long terminalMv = battery.terminalMvAt(battery.consumedAfter(ticks, steps), battery.stepCurrentUa());
        return terminalMv >= brownOutMv && !motor.faultedStepMoves(loadTorqueNnm(steadyOutletPressurePa()), terminalMv);
    }

    /** The outlet pressure of a step while the path stays as it is (no drain, no filling). */
    private long steadyOutletPressurePa() {
        return flow.impaired() ? flow.steadyOutletPressurePa(nominalStepVolumeNl, stepPeriodUs) : soundOutletPressurePa;
    }

    /**
     * Whether {@code steps} moving steps on an open path can be applied in one go: always on a sound
     * path (a mixture is moved step by step); through a leak, when the solution is of one whole
     * strength and the catheter takes what passes the leak in one piece as it would in many.
     */
    public boolean movingStepsExactAtOnce(long steps) {
        if (!flow.impaired()) {
            return true;
        }
        long pgPerNl = reservoir.wholeConcentrationPgPerNl();
        long nl = Math.min(rotor.displacementOver(steps), reservoir.volumeNl());
        return pgPerNl >= 0 && catheter.pushInPiecesIsExactAtOnce(nl - flow.leakOfNl(nl), pgPerNl);
    }

    /**
     * The same as {@code ticks} calls of {@link #step} in which {@code steps} steps are driven, as
     * {@code run} says they go ({@link LoadedRun#MISSING} or {@link LoadedRun#MOVING}, checked with
     * {@link #loadedStepMisses}, {@link #loadedStepMoves} and {@link #movingStepsExactAtOnce}), the
     * last of them at {@code lastStepUs}.
     */
    public void leapLoadedSteps(long ticks, long steps, LoadedRun run, long lastStepUs) {
        battery.drainBaseline(ticks);
        battery.drawMotorSteps(steps);
        lastOutletPressurePa = steadyOutletPressurePa();
        lastLoadTorqueNnm = loadTorqueNnm(lastOutletPressurePa);
        if (run == LoadedRun.MISSING) {
            motor.recordMissedSteps(steps);
            flow.settledStillAt(lastStepUs);
            return;
        }
        if (run != LoadedRun.MOVING) {
            throw new IllegalArgumentException("not a run of missing or moving steps: " + run);
        }
        motor.recordMovedSteps(steps);
        if (!flow.impaired()) {
            movePlainSteps(steps);
            return;
        }
        long displacedNl = rotor.displacementOver(steps);
        rotor.advance(steps, displacedNl);
        flow.forwardWholeConcentration(
                Math.min(displacedNl, reservoir.volumeNl()), reservoir.wholeConcentrationPgPerNl());
    }

    /**
     * How many of the next {@code strokes} strokes of steps against an obstruction ({@link
     * LoadedRun#FILLING}) can be taken in one go: each stroke's first step turns the shaft, fewer
     * than {@code maxTrailingMisses} of its last steps miss against the filling wall, none browns
     * out, and the reservoir holds what they take. Stroke j's first step comes at {@code
     * firstStepUs.applyAsLong(j)}, on tick {@code startTick.applyAsLong(j)} from now (this one 0),
     * its steps {@code stepTicks} ticks apart. With {@code assumeMoving} every step is taken to move
     * (a deliberate breakage for the mutation test). Changes nothing.
     */
    public long fillingStrokes(
            long strokes,
            long stepsPerStroke,
            long stepTicks,
            LongUnaryOperator firstStepUs,
            LongUnaryOperator startTick,
            long maxTrailingMisses,
            boolean assumeMoving) {
        return flow.fillingStrokes(
                strokes,
                stepsPerStroke,
                (stepsPerStroke - 1) * stepPeriodUs,
                firstStepUs,
                rotor::displacementOver,
                stepCheck(stepsPerStroke, stepTicks, startTick, assumeMoving),
                maxTrailingMisses);
    }

    /**
     * The same as {@code ticks} calls of {@link #step} in which {@code strokes} strokes of steps
     * against an obstruction are driven, as many as {@link #fillingStrokes} allows (same
     * parameters); returns how many steps miss at the end of the last stroke (for the firmware's
     * stall detector: fewer than a stall).
     */
    public long leapFillingStrokes(
            long ticks,
            long strokes,
            long stepsPerStroke,
            long stepTicks,
            LongUnaryOperator firstStepUs,
            LongUnaryOperator startTick,
            boolean assumeMoving) {
        long steps = Math.multiplyExact(strokes, stepsPerStroke);
        FlowPath.FillingRun run = flow.applyFillingStrokes(
                strokes,
                stepsPerStroke,
                (stepsPerStroke - 1) * stepPeriodUs,
                firstStepUs,
                rotor::displacementOver,
                stepCheck(stepsPerStroke, stepTicks, startTick, assumeMoving),
                reservoir.wholeConcentrationPgPerNl());
        battery.drainBaseline(ticks);
        battery.drawMotorSteps(steps);
        motor.recordSteps(steps, run.movedSteps());
        rotor.advance(run.movedSteps(), rotor.displacementOver(run.movedSteps()));
        lastOutletPressurePa = run.lastOutletPa();
        lastLoadTorqueNnm = loadTorqueNnm(lastOutletPressurePa);
        return run.trailingMisses();
    }

    /** Whether a step of a run turns the shaft at the battery's voltage then, and whether a stroke's last step browns out. */
    private FlowPath.StepCheck stepCheck(
            long stepsPerStroke, long stepTicks, LongUnaryOperator startTick, boolean assumeMoving) {
        return new FlowPath.StepCheck() {
            @Override
            public boolean moves(long j, long i, long outletPa) {
                return assumeMoving || motor.faultedStepMoves(loadTorqueNnm(outletPa), terminalMv(j, i));
            }

            @Override
            public boolean browsOut(long j) {
                return terminalMv(j, stepsPerStroke) < brownOutMv;
            }

            /** The terminal voltage under step {@code i} of stroke {@code j}: every step before it drawn, and the ticks through it. */
            private long terminalMv(long j, long i) {
                long ticks = startTick.applyAsLong(j) + (i - 1) * stepTicks + 1;
                long steps = (j - 1) * stepsPerStroke + i;
                return battery.terminalMvAt(battery.consumedAfter(ticks, steps), battery.stepCurrentUa());
            }
        };
    }

    public Motor motor() {
        return motor;
    }

    public GearTrain gears() {
        return gears;
    }

    public PeristalticRotor rotor() {
        return rotor;
    }

    public Reservoir reservoir() {
        return reservoir;
    }

    public Catheter catheter() {
        return catheter;
    }

    public Battery battery() {
        return battery;
    }

    public DrugLedger ledger() {
        return ledger;
    }
    /** Reservoir to catheter tip, where leaks, obstructions and free flow act. */
    public FlowPath flow() {
        return flow;
    }

    public NvmChip nvm() {
        return nvm;
    }
    /** Where refill needles really go and what syringes really hold (refill-error faults). */
    public RefillAccess refillAccess() {
        return refillAccess;
    }
    /** A strong external magnetic field (an MRI scanner), if any. */
    public ExternalField field() {
        return field;
    }

    /** Total time the sounder has played. */
    public long toneUs() {
        return toneUs;
    }

    /** Load torque at the motor shaft during the last driven step. */
    public long lastLoadTorqueNnm() {
        return lastLoadTorqueNnm;
    }

    /** Pressure at the pump outlet during the last driven step. */
    public long lastOutletPressurePa() {
        return lastOutletPressurePa;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("plant")
                .add(stepDriven)
                .add(lastLoadTorqueNnm)
                .add(lastOutletPressurePa)
                .add(brownOutResets)
                .add(toneUs);
        motor.hashInto(d);
        gears.hashInto(d);
        rotor.hashInto(d);
        reservoir.hashInto(d);
        catheter.hashInto(d);
        battery.hashInto(d);
        ledger.hashInto(d);
        flow.hashInto(d);
        nvm.hashInto(d);
        refillAccess.hashInto(d);
        field.hashInto(d);
    }
}
