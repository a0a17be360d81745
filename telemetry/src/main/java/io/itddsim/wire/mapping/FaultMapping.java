package io.itddsim.wire.mapping;

import io.itddsim.proto.v1.FaultArm;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.fault.FaultSchedule;
import io.itddsim.sim.fault.FaultSpec;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bench's FaultArm as a model fault: the catalogue entry by its key, its parameters as whole
 * numbers in the units their names give, and three keys of the request's own: {@code name} (what
 * FaultClear and the records call it; default the catalogue key), {@code at_us} (absolute sim time
 * to start; default now) and {@code for_us} (how long it lasts; default open-ended). The model
 * checks ranges and refuses unsupported parameters; this only turns text into numbers.
 */
public final class FaultMapping {
    private FaultMapping() {}

    /** True when {@code fault} names a catalogue entry of the pump model. */
    public static boolean inCatalogue(String fault) {
        return FaultKind.byKey(fault) != null;
    }

    public static FaultSpec spec(FaultArm request) {
        FaultKind kind = FaultKind.byKey(request.getFault());
        if (kind == null) {
            throw new WireRejection(
                    NackReason.NACK_REASON_UNKNOWN_FAULT,
                    "fault_arm.fault: unknown fault \"" + request.getFault() + "\"");
        }
        String name = kind.key();
        long atUs = 0;
        long forUs = 0;
        TreeMap<String, Long> parameters = new TreeMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(request.getParametersMap()).entrySet()) {
            switch (e.getKey()) {
                case "name" -> name = e.getValue();
                case "at_us" -> atUs = number(e.getKey(), e.getValue());
                case "for_us" -> forUs = number(e.getKey(), e.getValue());
                default -> parameters.put(e.getKey(), number(e.getKey(), e.getValue()));
            }
        }
        FaultSchedule schedule = (atUs > 0 ? FaultSchedule.at(atUs) : FaultSchedule.now());
        if (forUs > 0) {
            schedule = schedule.lasting(forUs);
        }
        return new FaultSpec(name, kind, parameters, schedule);
    }

    private static long number(String key, String text) {
        try {
            long v = Long.parseLong(text.trim());
            if (v < 0) {
                throw new WireRejection(
                        NackReason.NACK_REASON_OUT_OF_RANGE,
                        "fault_arm.parameters." + key + ": must not be negative, got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new WireRejection(
                    NackReason.NACK_REASON_INVALID_ARGUMENT,
                    "fault_arm.parameters." + key + ": expected a whole number, got \"" + text + "\"");
        }
    }
}
