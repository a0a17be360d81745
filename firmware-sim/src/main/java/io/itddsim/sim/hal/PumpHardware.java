package io.itddsim.sim.hal;

/**
 * What the firmware can do to and read from the pump's electronics, and nothing more. The plant
 * implements it; the firmware sees only this, so it can never read a fault flag or the true
 * reservoir volume: it learns about the world through these sensors, as the real firmware does.
 */
public interface PumpHardware {

    /** Energises the motor coil for one step during the current tick. */
    void driveMotorStep();

    /**
     * Rotor-magnet pulses counted since power-up: one for each step the rotor actually turned.
     * A driven step that produces no pulse means the rotor did not move.
     */
    long rotorPulseCount();

    /** Battery terminal voltage as the converter reads it now (under whatever load there is). */
    long batteryTerminalMv();
}
