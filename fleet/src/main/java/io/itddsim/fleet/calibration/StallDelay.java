package io.itddsim.fleet.calibration;

import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.util.Map;

/**
 * How long after a stall mechanism begins the motor stalls for good, as the calibration predicts it
 * without running the emulator (docs/FLEET.md, "Calibration"). The emulator decides in the study;
 * this is what the mechanism distributions are fitted with, and the study's residuals show how
 * close it is.
 *
 * <p>The numbers are the emulator's torque balance, measured (a test checks them against the
 * emulator): a new pump at full battery stalls once shaft wear or corrosion has raised the gear
 * friction factor by {@link #MARGIN_NEW_PPM}; a pump whose battery is 85% spent, by
 * {@link #MARGIN_SPENT_PPM} (its lower voltage drives less torque). A feedthrough short that diverts
 * at least {@link #SHORT_LOSS_TO_STALL_PPM} of the drive current stalls the motor at once; a foreign
 * particle jams it at once.
 */
public final class StallDelay {
    /** Friction factor rise at which a new pump stalls (x new friction, ppm), measured. */
    public static final long MARGIN_NEW_PPM = 2_810_000;
    /** The same with 85% of the battery spent, measured. */
    public static final long MARGIN_SPENT_PPM = 2_340_000;
    /** Depth of discharge of the second measurement. */
    public static final long SPENT_DOD_PPM = 850_000;
    /** Torque loss from which a short stalls even a new pump: 1 - load (731) / drive (1,575 nN*m). */
    public static final long SHORT_LOSS_TO_STALL_PPM = 540_000;

    static final long NEVER = Long.MAX_VALUE;
    private static final double US_PER_DAY = 86_400e6;

    private StallDelay() {}

    /**
     * Microseconds from onset to a lasting stall for a mechanism with these parameters in a pump
     * whose battery is {@code dodPpm} spent at onset; {@link #NEVER} for mechanisms that do not stall.
     */
    public static long delayUs(
            FaultKind fault, Map<String, Long> parameters, boolean offLabel, long dodPpm, PumpProfile profile) {
        return switch (fault) {
            case SHAFT_WEAR -> wearUs(rate(parameters, profile, ProfileParameter.SHAFT_WEAR_PPM_PER_DAY), dodPpm);
            case GEAR_CORROSION -> {
                long rate = rate(parameters, profile, ProfileParameter.GEAR_CORROSION_PPM_PER_DAY);
                boolean off = parameters.containsKey("off_label") ? parameters.get("off_label") != 0 : offLabel;
                if (off) {
                    rate = rate * profile.get(ProfileParameter.GEAR_CORROSION_OFF_LABEL_FACTOR_PPM) / 1_000_000;
                }
                yield wearUs(rate, dodPpm);
            }
            case FEEDTHROUGH_SHORT ->
                parameters.getOrDefault("torque_loss_ppm", profile.get(ProfileParameter.FEEDTHROUGH_TORQUE_LOSS_PPM))
                                >= SHORT_LOSS_TO_STALL_PPM
                        ? 0
                        : NEVER;
            case MOTOR_STALL_PERMANENT -> 0;
            default -> NEVER;
        };
    }

    /** True for the mechanisms that end in a lasting stall: the field's failures. */
    public static boolean stalls(FaultKind fault) {
        return switch (fault) {
            case SHAFT_WEAR, GEAR_CORROSION, FEEDTHROUGH_SHORT, MOTOR_STALL_PERMANENT -> true;
            default -> false;
        };
    }

    private static long rate(Map<String, Long> parameters, PumpProfile profile, ProfileParameter fallback) {
        return parameters.getOrDefault("rate_ppm_per_day", profile.get(fallback));
    }

    private static long wearUs(long ratePpmPerDay, long dodPpm) {
        if (ratePpmPerDay <= 0) {
            return NEVER;
        }
        double into = Math.min(1.0, (double) dodPpm / SPENT_DOD_PPM);
        double margin = MARGIN_NEW_PPM - (MARGIN_NEW_PPM - MARGIN_SPENT_PPM) * into;
        return (long) (margin / ratePpmPerDay * US_PER_DAY);
    }
}
