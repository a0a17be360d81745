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

    /** Drives the piezo sounder at {@code frequencyHz} for {@code durationUs}; the battery pays. */
    void playTone(long frequencyHz, long durationUs);

    /** Powers the telemetry radio for one programmer or PTM session; the battery pays. */
    void radioSession();

    /**
     * Brown-out resets of the processor since implant, as the reset-cause register counts them.
     * The firmware compares it with the count it last saw to learn that it was reset.
     */
    long brownOutResetCount();

    /**
     * True while the telemetry sensor detects a strong field: a programmer's, or an MRI scanner's
     * (which is how the real pump ends up in telemetry mode in a scanner, DOMAIN.md 4).
     */
    boolean telemetryFieldDetected();

    /** Size of the non-volatile memory in bytes. */
    int nvmSizeBytes();

    /** Reads {@code length} bytes of non-volatile memory at {@code address} into {@code into[offset..]}. */
    void nvmRead(int address, byte[] into, int offset, int length);

    /** Writes {@code length} bytes from {@code from[offset..]} to non-volatile memory at {@code address}. */
    void nvmWrite(int address, byte[] from, int offset, int length);
}
