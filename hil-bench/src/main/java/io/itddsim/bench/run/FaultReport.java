package io.itddsim.bench.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itddsim.sim.fault.FaultRecord;
import java.util.List;
import java.util.Locale;

/**
 * The faults part of a report: for each occurrence, ground truth (when it acted) next to what the
 * pump made of it (when, and by which event, the firmware noticed; or the miss).
 */
final class FaultReport {
    private FaultReport() {}

    /** {@code faults}: one object per occurrence; absent times are JSON null. */
    static void putJson(ObjectNode o, List<FaultRecord> faults) {
        ArrayNode array = o.putArray("faults");
        for (FaultRecord f : faults) {
            ObjectNode n = array.addObject();
            n.put("name", f.name());
            n.put("fault", f.kind().key());
            n.put("occurrence", f.occurrence());
            n.put("armed_us", f.armedUs());
            n.put("active_from_us", f.activeFromUs());
            putTime(n, "active_to_us", f.activeToUs());
            putTime(n, "detected_us", f.detectedUs());
            if (f.detected()) {
                n.put("detected_by", f.detectedBy());
                n.put("detection_latency_us", f.detectionLatencyUs());
            } else {
                n.putNull("detected_by");
            }
        }
    }

    private static void putTime(ObjectNode n, String key, long timeUs) {
        if (timeUs == FaultRecord.NONE) {
            n.putNull(key);
        } else {
            n.put(key, timeUs);
        }
    }

    /** A "Faults" section: when each acted, and the detection latency or the miss. */
    static void appendText(StringBuilder b, List<FaultRecord> faults) {
        if (faults.isEmpty()) {
            return;
        }
        b.append('\n')
                .append("Faults (")
                .append(faults.size())
                .append(" occurrence")
                .append(faults.size() == 1 ? "" : "s")
                .append("):\n");
        for (FaultRecord f : faults) {
            String name = f.occurrence() == 0 ? f.name() : f.name() + " #" + (f.occurrence() + 1);
            String span = TextReport.duration(f.activeFromUs()) + " to "
                    + (f.ended() ? TextReport.duration(f.activeToUs()) : "end of run");
            String outcome = f.detected()
                    ? "detected by " + f.detectedBy() + " after " + latency(f.detectionLatencyUs())
                    : "MISSED: the pump logged no " + detectorsOf(f);
            b.append(String.format(Locale.ROOT, "  %-24s %-34s %s%n", name, span, outcome));
        }
    }

    private static String detectorsOf(FaultRecord f) {
        if (f.kind().detectors().isEmpty()) {
            return "sign (it cannot sense this fault)";
        }
        return String.join(
                " or ", f.kind().detectors().stream().map(d -> d.label()).toList());
    }

    /** A latency as "47 ms", "41.5 s", "2 h 03 min" or "3 d 04 h". */
    static String latency(long us) {
        if (us < 1_000_000L) {
            return us / 1_000 + " ms";
        }
        if (us < 60_000_000L) {
            return String.format(Locale.ROOT, "%.1f s", us / 1e6);
        }
        long minutes = us / 60_000_000L;
        if (minutes < 24 * 60) {
            return minutes < 60
                    ? minutes + " min"
                    : String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
        }
        return String.format(Locale.ROOT, "%d d %02d h", minutes / (24 * 60), minutes / 60 % 24);
    }
}
