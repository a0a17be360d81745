package io.itddsim.bench.expect;

import io.itddsim.bench.scenario.QuantityFormat;

/** Sim times in evidence, written as scenarios write them ("30d47ms"). */
final class Times {
    private Times() {}

    static String at(long timeUs) {
        return QuantityFormat.duration(timeUs);
    }

    /** As {@link #since(long, long, String)}, or nothing for a window that opens at the start of the run. */
    static String since(long timeUs, long anchorUs, String anchor, Window window) {
        if (window.equals(Window.WHOLE_RUN) || (anchorUs == 0 && window.during() == null)) {
            return "";
        }
        return ", " + since(timeUs, anchorUs, anchor);
    }

    /** "47ms after fault x (30d)", or "at the same instant as fault x". */
    static String since(long timeUs, long anchorUs, String anchor) {
        if (timeUs == anchorUs) {
            return "at the same instant as " + anchor;
        }
        return QuantityFormat.duration(timeUs - anchorUs) + " after " + anchor + " (" + at(anchorUs) + ")";
    }
}
