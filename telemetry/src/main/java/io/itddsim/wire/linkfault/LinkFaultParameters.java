package io.itddsim.wire.linkfault;

import io.itddsim.proto.v1.NackReason;
import io.itddsim.wire.mapping.WireRejection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A FaultArm's parameters, read by name with their units in the names, every error named. */
final class LinkFaultParameters {

    private final String fault;
    private final Map<String, String> values;

    LinkFaultParameters(String fault, Map<String, String> values, Set<String> allowed) {
        this.fault = fault;
        this.values = values;
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw new WireRejection(
                        NackReason.NACK_REASON_INVALID_ARGUMENT,
                        "fault_arm " + fault + ": unknown parameter '" + name + "'; expected "
                                + new TreeSet<>(allowed));
            }
        }
    }

    long required(String name, long min, long max) {
        if (!values.containsKey(name)) {
            throw new WireRejection(
                    NackReason.NACK_REASON_INVALID_ARGUMENT,
                    "fault_arm " + fault + ": parameter '" + name + "' is required");
        }
        return optional(name, min, max, 0);
    }

    long optional(String name, long min, long max, long absent) {
        String text = values.get(name);
        if (text == null) {
            return absent;
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new WireRejection(
                    NackReason.NACK_REASON_INVALID_ARGUMENT,
                    "fault_arm " + fault + ": parameter '" + name + "' must be a whole number, got '" + text + "'");
        }
        if (value < min || value > max) {
            throw new WireRejection(
                    NackReason.NACK_REASON_OUT_OF_RANGE,
                    "fault_arm " + fault + ": parameter '" + name + "' must be " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    /** Which transports the fault acts on: {@code tcp}, {@code serial} or {@code both} (the default). */
    Set<LinkTransport> transports() {
        String text = values.getOrDefault("transport", "both").strip();
        return switch (text) {
            case "both" -> Set.of(LinkTransport.TCP, LinkTransport.SERIAL);
            case "tcp" -> Set.of(LinkTransport.TCP);
            case "serial" -> Set.of(LinkTransport.SERIAL);
            default ->
                throw new WireRejection(
                        NackReason.NACK_REASON_INVALID_ARGUMENT,
                        "fault_arm " + fault + ": parameter 'transport' must be tcp, serial or both, got '" + text
                                + "'");
        };
    }

    /** Which directions the fault acts on: {@code to_pump}, {@code from_pump} or {@code both} (the default). */
    Set<LinkDirection> directions() {
        String text = values.getOrDefault("direction", "both").strip();
        return switch (text) {
            case "both" -> Set.of(LinkDirection.TO_PUMP, LinkDirection.FROM_PUMP);
            case "to_pump" -> Set.of(LinkDirection.TO_PUMP);
            case "from_pump" -> Set.of(LinkDirection.FROM_PUMP);
            default ->
                throw new WireRejection(
                        NackReason.NACK_REASON_INVALID_ARGUMENT,
                        "fault_arm " + fault + ": parameter 'direction' must be to_pump, from_pump or both, got '"
                                + text + "'");
        };
    }
}
