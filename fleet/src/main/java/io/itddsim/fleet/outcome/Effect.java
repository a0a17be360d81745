package io.itddsim.fleet.outcome;

import io.itddsim.sim.fault.FaultKind;

/**
 * What a mechanism does to the patient's therapy, which decides how its outcome is read: when the
 * loss of therapy began, and whether "caught" means a stall alarm or a refill check.
 */
public enum Effect {
    /** The rotor stops: no drug from the first stall on. */
    STALL,
    /** Less drug reaches the spinal fluid (catheter problems), from the moment it begins. */
    UNDER_DELIVERY,
    /** More drug than programmed (over-infusion, free flow). */
    OVER_DELIVERY,
    /** The battery drains early or sags. */
    BATTERY,
    /** Memory, refill and MRI faults: none of the fleet's mechanisms today. */
    OTHER;

    public static Effect of(FaultKind kind) {
        return switch (kind) {
            case MOTOR_STALL_TRANSIENT,
                    MOTOR_STALL_INTERMITTENT,
                    MOTOR_STALL_PERMANENT,
                    SHAFT_WEAR,
                    GEAR_CORROSION,
                    FEEDTHROUGH_SHORT -> STALL;
            case CATHETER_OCCLUSION, CATHETER_KINK, CATHETER_DISCONNECTION, CATHETER_LEAK, GRANULOMA -> UNDER_DELIVERY;
            case OVER_INFUSION, ROLLER_OCCLUSION_LOSS, OVER_INFUSION_AFTER_STOP -> OVER_DELIVERY;
            case BATTERY_RESISTIVE_FILM, BATTERY_PREMATURE_DEPLETION -> BATTERY;
            default -> OTHER;
        };
    }
}
