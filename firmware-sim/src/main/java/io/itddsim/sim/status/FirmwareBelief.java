package io.itddsim.sim.status;

import io.itddsim.sim.firmware.InfusionMode;

/**
 * What the pump's firmware believes, from what it commands, counts and measures. A real pump
 * reports these over telemetry; they can be wrong (the reservoir estimate of an over-infusing
 * pump, a stall that went unnoticed while the motor was not driven).
 *
 * @param mode                 infusion mode in force
 * @param drug                 the programmed drug's name
 * @param programmedNl         volume the prescription asked for since the run began
 * @param commandedNl          volume of the strokes the firmware commanded (strokes x nominal
 *                             stroke volume)
 * @param strokes              strokes commanded
 * @param reservoirEstimatedNl the firmware's reservoir estimate: entered volume less commanded
 * @param motor                what the motor drive believes the motor is doing
 * @param batteryMeasuredMv    the battery voltage at the monitor's last measurement
 * @param battery              the battery indicator (ERI and EOS as the monitor decided them)
 */
public record FirmwareBelief(
        InfusionMode mode,
        String drug,
        long programmedNl,
        long commandedNl,
        long strokes,
        long reservoirEstimatedNl,
        MotorState motor,
        long batteryMeasuredMv,
        BatteryIndicator battery) {}
