package io.itddsim.bench.scenario;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One node of a scenario file, whatever its shape, that knows where it is: the file, its line and
 * column, and its dotted path ({@code timeline[2].bolus.volume}). Every conversion either succeeds
 * or throws a {@link ScenarioError} pointing at this node.
 *
 * <p>Scalars are read from the text as written, not from YAML's implicit typing: "7:30" stays a
 * time of day instead of YAML 1.1's base-60 integer 450, and "yes" is not silently a boolean.
 */
public final class YamlValue {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    private final String file;
    private final String path;
    private final Node node;

    YamlValue(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** Dotted path from the document root; empty for the root itself. */
    public String path() {
        return path;
    }

    /** 1-based line where this node starts. */
    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** 1-based column where this node starts. */
    public int column() {
        return node.getStartMark().getColumn() + 1;
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    /** True for {@code key:} with nothing after it, {@code ~} and {@code null}. */
    public boolean isNull() {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    public YamlMap asMap() throws ScenarioError {
        rejectLocalTag();
        if (!isMap()) {
            throw error("expected a map of keys and values, got " + describe());
        }
        return new YamlMap(file, path, (MappingNode) node);
    }

    public YamlList asList() throws ScenarioError {
        rejectLocalTag();
        if (!isList()) {
            throw error("expected a list, got " + describe());
        }
        return new YamlList(file, path, (SequenceNode) node);
    }

    /** The text of a scalar as written, quoted or not; a number or a word alike. */
    public String asString() throws ScenarioError {
        return scalarText("text");
    }

    /** A decimal integer, optionally negative; no hex, octal, underscores or fractions. */
    public long asLong() throws ScenarioError {
        String text = scalarText("a whole number");
        if (!INTEGER.matcher(text).matches()) {
            throw error("expected a whole number such as 42, got \"" + text + '"');
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException tooLarge) {
            throw error("expected a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE + ", got \""
                    + text + '"');
        }
    }

    /** Only {@code true} or {@code false}: YAML 1.1's yes/no/on/off are too easy to write by accident. */
    public boolean asBoolean() throws ScenarioError {
        String text = scalarText("true or false");
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error("expected true or false, got \"" + text + '"');
        };
    }

    /** A quantity with units, in the kind's integer base unit (see {@link Quantities}). */
    public long asQuantity(QuantityKind kind) throws ScenarioError {
        rejectLocalTag();
        if (!(node instanceof ScalarNode) || isNull()) {
            throw error("expected " + kind.description() + " such as \"" + kind.example() + "\", got " + describe());
        }
        try {
            return kind.parse(((ScalarNode) node).getValue());
        } catch (QuantityFormatException e) {
            throw new ScenarioError(file, line(), column(), path, e.getMessage(), e);
        }
    }

    /** An error located at this node, for checks the caller makes itself (ranges, cross-field rules). */
    public ScenarioError error(String detail) {
        return new ScenarioError(file, line(), column(), path, detail);
    }

    /**
     * An error the model reported about this node (a value out of range, a rule it breaks). The
     * location already names the node, so the model's field is left out when it names the same
     * entry; it stays when it names another one (a dose is checked as the rate it converts to).
     */
    public ScenarioError error(io.itddsim.sim.SimInputException e) {
        return error(e, "");
    }

    /** As {@link #error(io.itddsim.sim.SimInputException)}, the detail after {@code prefix}. */
    public ScenarioError error(io.itddsim.sim.SimInputException e, String prefix) {
        String detail = lastKey(e.field()).equals(lastKey(path)) ? e.reason() : e.getMessage();
        return new ScenarioError(file, line(), column(), path, prefix + detail, e);
    }

    /** {@code timeline[2].bolus.volume} -> {@code volume}; {@code rate} -> {@code rate}. */
    private static String lastKey(String dotted) {
        return dotted.substring(Math.max(dotted.lastIndexOf('.'), dotted.lastIndexOf(']')) + 1);
    }

    private String scalarText(String expected) throws ScenarioError {
        rejectLocalTag();
        if (!(node instanceof ScalarNode) || isNull()) {
            throw error("expected " + expected + ", got " + describe());
        }
        return ((ScalarNode) node).getValue();
    }

    /**
     * SnakeYAML refuses unknown global tags ({@code !!python/object}) but keeps local ones. A
     * scenario has no use for them, and quietly reading {@code !include other.yaml} as the text
     * "other.yaml" would mislead, so they are refused wherever a value is read.
     */
    private void rejectLocalTag() throws ScenarioError {
        String tag = node.getTag().getValue();
        if (!tag.startsWith(Tag.PREFIX)) {
            throw error("YAML tags such as \"" + tag + "\" are not supported in scenario files");
        }
    }

    /** How this node reads in a "got ..." message. */
    String describe() {
        if (isMap()) {
            return "a map";
        }
        if (isList()) {
            return "a list";
        }
        if (isNull()) {
            return "nothing";
        }
        return '"' + ((ScalarNode) node).getValue() + '"';
    }

    static String childPath(String parent, String key) {
        return parent.isEmpty() ? key : parent + '.' + key;
    }

    static String itemPath(String parent, int index) {
        return parent + '[' + index + ']';
    }
}
