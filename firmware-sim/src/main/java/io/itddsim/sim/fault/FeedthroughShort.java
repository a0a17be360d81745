package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.plant.Battery;
import io.itddsim.sim.plant.Motor;

/**
 * An internal short where the motor leads pass through the case (2013 feedthrough recall; 14% of
 * returned stalled pumps, Medtronic 2017; DOMAIN.md 4). Part of the coil's drive current goes
 * through the short instead (less torque: a stall), and the short draws current from the battery
 * all the time (more drain, and a sag through the internal resistance: with a weak cell, a low
 * battery reset).
 */
final class FeedthroughShort extends FaultMechanism {
    private static final long serialVersionUID = 1L;
    private final Motor motor;
    private final Battery battery;
    private final long torqueLossPpm;
    private final long shortCurrentNa;
    private long appliedLossPpm;
    private long appliedCurrentNa;

    FeedthroughShort(Motor motor, Battery battery, long torqueLossPpm, long shortCurrentNa) {
        this.motor = motor;
        this.battery = battery;
        this.torqueLossPpm = torqueLossPpm;
        this.shortCurrentNa = shortCurrentNa;
    }

    @Override
    void start(long nowUs) {
        appliedLossPpm = Math.min(torqueLossPpm, 1_000_000 - motor.torqueLossPpm());
        motor.setTorqueLossPpm(motor.torqueLossPpm() + appliedLossPpm);
        appliedCurrentNa = Math.min(shortCurrentNa, Battery.MAX_PARASITIC_NA - battery.parasiticCurrentNa());
        battery.setParasiticCurrentNa(battery.parasiticCurrentNa() + appliedCurrentNa);
    }

    @Override
    void stop(long nowUs) {
        motor.setTorqueLossPpm(motor.torqueLossPpm() - appliedLossPpm);
        battery.setParasiticCurrentNa(battery.parasiticCurrentNa() - appliedCurrentNa);
        appliedLossPpm = 0;
        appliedCurrentNa = 0;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(appliedLossPpm).add(appliedCurrentNa);
    }
}
