package io.itddsim.sim.firmware;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.SimInputException;
import io.itddsim.sim.event.EventLog;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.hal.PumpHardware;
import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import io.itddsim.sim.profile.PumpProfile;

/**
 * What the pump's software knows and decides. It sees the pump only through {@link PumpHardware};
 * its picture of the world (volume left, volume delivered, whether the rotor turns) is built from
 * what it commanded and what its sensors report.
 */
public final class Firmware implements StateHashable {
    private final PumpHardware hw;
    private final PrescriptionRules rules;
    private final DosingScheduler scheduler;
    private final MotorDriver driver;
    private final StallDetector stall;
    private final ReservoirEstimator estimator = new ReservoirEstimator();
    private final BatteryMonitor battery;
    private final EventLog log = new EventLog();
    private final long clockOffsetUs;

    private Prescription prescription;
    private boolean shutDown;

    /**
     * @param clockOffsetUs the pump clock's time of day at sim time 0
     */
    public Firmware(PumpProfile profile, PumpHardware hw, long clockOffsetUs) {
        this.hw = hw;
        this.rules = new PrescriptionRules(profile);
        this.scheduler = new DosingScheduler(profile);
        this.driver = new MotorDriver(profile);
        this.stall = new StallDetector(profile, hw.rotorPulseCount());
        this.battery = new BatteryMonitor(profile);
        this.clockOffsetUs = clockOffsetUs;
    }

    /** Sets the state of a pump already in service (before the run starts); logs nothing. */
    public void commission(Prescription initial, long reservoirEnteredNl) {
        rules.check(initial);
        prescription = initial;
        scheduler.setTherapy(initial.therapy(), clockOffsetUs, 0);
        estimator.filled(reservoirEnteredNl);
    }

    /** Applies a command at a tick boundary; a refused command changes nothing but the log. */
    public CommandResult apply(PumpCommand command, long nowUs) {
        try {
            if (command instanceof PumpCommand.Program p) {
                program(p.prescription(), nowUs);
            } else if (command instanceof PumpCommand.StartBolus b) {
                startBolus(b, nowUs);
            }
            return CommandResult.ACCEPTED;
        } catch (SimInputException e) {
            log.log(nowUs, EventType.COMMAND_REJECTED, 0, command.name() + ": " + e.getMessage());
            return CommandResult.refused(e.refusal(), e.field(), e.getMessage());
        }
    }

    private void program(Prescription p, long nowUs) {
        rules.check(p);
        refuseWhenShutDown();
        if (scheduler.activeBolus() != null) {
            log.log(nowUs, EventType.BOLUS_CANCELLED, scheduler.cancelBolus());
        }
        prescription = p;
        scheduler.setTherapy(p.therapy(), clockOffsetUs, nowUs);
        log.log(nowUs, EventType.PRESCRIPTION_PROGRAMMED, scheduler.basalRateNlPerDay(), p.therapy().mode().name());
    }

    private void startBolus(PumpCommand.StartBolus b, long nowUs) {
        rules.checkBolus(b.kind(), b.volumeNl(), b.durationUs());
        refuseWhenShutDown();
        if (scheduler.activeBolus() != null) {
            throw new SimInputException(Refusal.PUMP_STATE, "bolus", "a " + scheduler.activeBolus().name().toLowerCase(java.util.Locale.ROOT)
                    + " bolus is already running");
        }
        scheduler.startBolus(b.kind(), b.volumeNl(), b.durationUs());
        log.log(nowUs, EventType.BOLUS_STARTED, b.volumeNl(), b.kind().name());
    }

    private void refuseWhenShutDown() {
        if (shutDown) {
            throw new SimInputException(Refusal.PUMP_STATE, "pump", "the pump has reached end of service and has stopped");
        }
    }

    /** Tick phase 2: decide what the motor does now. */
    public void control(long nowUs) {
        if (!shutDown) {
            BolusKind running = scheduler.activeBolus();
            if (scheduler.accrue(nowUs)) {
                log.log(nowUs, EventType.BOLUS_COMPLETED, scheduler.bolusVolumeNl(), running.name());
            }
            if (!driver.busy() && scheduler.strokeDue()) {
                scheduler.takeStroke();
                estimator.strokeCommanded(scheduler.strokeVolumeNl());
                driver.startStroke();
            }
        }
        driver.onTick(hw);
    }

    /** Tick phase 4: read the sensors after the plant has moved. */
    public void sense(long nowUs) {
        if (driver.steppedThisTick()) {
            stall.afterDrivenStep(hw, nowUs, log);
        }
        if (battery.dueAt(nowUs) && battery.measure(hw, nowUs, log)) {
            shutDown = true; // EOS: the pump shuts itself off (DOMAIN.md 1)
        }
    }

    /** Ticks from {@code nowUs} on on which this firmware certainly does nothing but accrue. */
    public long quietTicks(long nowUs) {
        if (driver.busy() || driver.steppedThisTick()) {
            return 0;
        }
        long q = battery.quietTicks(nowUs);
        return shutDown ? q : Math.min(q, scheduler.quietTicks(nowUs));
    }

    /** The same as {@code ticks} quiet ticks of {@link #control} and {@link #sense}. */
    public void skipQuiet(long ticks) {
        if (!shutDown) {
            scheduler.skip(ticks);
        }
    }

    // ---- what an interrogation would read

    public Prescription prescription() { return prescription; }

    public InfusionMode mode() {
        if (shutDown) {
            return InfusionMode.STOPPED;
        }
        BolusKind b = scheduler.activeBolus();
        return b != null ? b.mode() : prescription.therapy().mode();
    }

    public long programmedNl() { return scheduler.programmedNl(); }
    public long commandedNl() { return scheduler.commandedNl(); }
    public long strokesCommanded() { return scheduler.strokes(); }
    public long strokeVolumeNl() { return scheduler.strokeVolumeNl(); }
    public long basalRateNlPerDay() { return scheduler.basalRateNlPerDay(); }
    public long reservoirEstimateNl() { return estimator.estimatedNl(); }
    public long motorStepsDriven() { return driver.stepsDriven(); }
    public boolean motorRunning() { return driver.busy(); }
    public boolean stallDetected() { return stall.stalled(); }
    public long lastBatteryMv() { return battery.lastMv(); }
    public boolean eri() { return battery.eri(); }
    public boolean eos() { return battery.eos(); }
    public boolean shutDown() { return shutDown; }
    public EventLog eventLog() { return log; }

    @Override
    public void hashInto(StateDigest d) {
        d.section("firmware").add(String.valueOf(prescription)).add(shutDown);
        scheduler.hashInto(d);
        driver.hashInto(d);
        stall.hashInto(d);
        estimator.hashInto(d);
        battery.hashInto(d);
        log.hashInto(d);
    }
}
