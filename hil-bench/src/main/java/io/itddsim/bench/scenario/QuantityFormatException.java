package io.itddsim.bench.scenario;

/**
 * Text that should hold a quantity with units does not.
 *
 * <p>Unchecked, like {@link NumberFormatException}: {@link Quantities} is a plain parser also
 * usable outside scenario files (command-line options), where the caller decides how to report.
 * It carries no file position; the YAML layer wraps it into a located {@link ScenarioError}.
 */
public final class QuantityFormatException extends IllegalArgumentException {

    private final QuantityKind kind;
    private final String text;
    private final String reason;

    /**
     * @param kind what was expected
     * @param text the text as written, or null if there was none
     * @param reason why it was rejected, or null when "not of the expected form" says it all
     */
    public QuantityFormatException(QuantityKind kind, String text, String reason) {
        super(describe(kind, text, reason));
        this.kind = kind;
        this.text = text;
        this.reason = reason;
    }

    private static String describe(QuantityKind kind, String text, String reason) {
        String got = text == null ? "nothing" : '"' + text + '"';
        String head = "expected " + kind.description() + " such as \"" + kind.example() + "\", got " + got;
        return reason == null ? head : head + ": " + reason;
    }

    public QuantityKind kind() {
        return kind;
    }

    /** The rejected text, or null if there was none. */
    public String text() {
        return text;
    }

    /** Why the text was rejected beyond "not of the expected form", or null. */
    public String reason() {
        return reason;
    }
}
