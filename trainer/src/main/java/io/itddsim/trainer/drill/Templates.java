package io.itddsim.trainer.drill;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {name}} placeholders of a drill text with the facts of its run. */
final class Templates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private Templates() {}

    /** Throws naming the drill and the placeholder when a fact is unknown or absent from this run. */
    static String fill(String where, String text, Map<String, String> facts) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = facts.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(where + ": {" + m.group(1) + "} is not a fact of this run; it has "
                        + new java.util.TreeSet<>(facts.keySet()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
