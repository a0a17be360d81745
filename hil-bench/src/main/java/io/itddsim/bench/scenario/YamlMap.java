package io.itddsim.bench.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A located YAML map with typed accessors that fail at the right line.
 *
 * <p>Built strictly: keys must be plain scalars and appear once (SnakeYAML's compose step keeps
 * duplicates, and "last one wins" would silently drop a setting). Callers are expected to call
 * {@link #allowOnly} so that a misspelt key is an error rather than a default quietly used.
 */
public final class YamlMap {

    private record Entry(ScalarNode key, Node value) {}

    private final String file;
    private final String path;
    private final MappingNode node;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    YamlMap(String file, String path, MappingNode node) throws ScenarioError {
        this.file = file;
        this.path = path;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            ScalarNode key = plainKey(tuple.getKeyNode());
            Entry first = entries.putIfAbsent(key.getValue(), new Entry(key, tuple.getValueNode()));
            if (first != null) {
                throw errorAt(
                        key,
                        childPath(key.getValue()),
                        "duplicate key \"" + key.getValue() + "\"; it was already given at line "
                                + (first.key().getStartMark().getLine() + 1));
            }
        }
    }

    private ScalarNode plainKey(Node key) throws ScenarioError {
        String got = new YamlValue(file, path, key).describe();
        if (Tag.MERGE.equals(key.getTag())) {
            throw errorAt(key, path, "merge keys (<<) are not supported; write the keys out");
        }
        if (!(key instanceof ScalarNode scalar) || Tag.NULL.equals(key.getTag())) {
            throw errorAt(key, path, "expected a plain key such as \"drug\", got " + got);
        }
        return scalar;
    }

    public String path() {
        return path;
    }

    /** 1-based line where the map starts. */
    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** 1-based column where the map starts. */
    public int column() {
        return node.getStartMark().getColumn() + 1;
    }

    /** The keys in file order. */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /**
     * Rejects any key not in {@code allowed}, at the first unknown key, naming it, suggesting the
     * likely intended key, and listing the allowed ones in alphabetical order.
     */
    public void allowOnly(Set<String> allowed) throws ScenarioError {
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            String key = e.getKey();
            if (!allowed.contains(key)) {
                String hint = Spelling.closest(key, allowed)
                        .map(k -> " (did you mean \"" + k + "\"?)")
                        .orElse("");
                String allowedList = String.join(", ", new TreeSet<>(allowed));
                throw errorAt(
                        e.getValue().key(),
                        childPath(key),
                        "unknown key \"" + key + '"' + hint + "; allowed keys: " + allowedList);
            }
        }
    }

    /**
     * For maps that are one of several shapes, such as a timeline entry that is a bolus or a fault:
     * exactly one of {@code choices} must be present, and its name is returned.
     */
    public String exactlyOneOf(Set<String> choices) throws ScenarioError {
        List<String> present = new ArrayList<>();
        for (String key : entries.keySet()) {
            if (choices.contains(key)) {
                present.add(key);
            }
        }
        if (present.isEmpty()) {
            throw error("expected one of " + String.join(", ", new TreeSet<>(choices)));
        }
        if (present.size() > 1) {
            String second = present.get(1);
            throw errorAt(
                    entries.get(second).key(),
                    childPath(second),
                    "\"" + present.get(0) + "\" and \"" + second + "\" cannot both be given; choose one");
        }
        return present.get(0);
    }

    public YamlValue required(String key) throws ScenarioError {
        return optional(key).orElseThrow(() -> error("missing required key \"" + key + '"'));
    }

    public Optional<YamlValue> optional(String key) {
        Entry entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(new YamlValue(file, childPath(key), entry.value()));
    }

    public YamlMap requiredMap(String key) throws ScenarioError {
        return required(key).asMap();
    }

    public Optional<YamlMap> optionalMap(String key) throws ScenarioError {
        Optional<YamlValue> value = optional(key);
        return value.isEmpty() ? Optional.empty() : Optional.of(value.get().asMap());
    }

    public YamlList requiredList(String key) throws ScenarioError {
        return required(key).asList();
    }

    public Optional<YamlList> optionalList(String key) throws ScenarioError {
        Optional<YamlValue> value = optional(key);
        return value.isEmpty() ? Optional.empty() : Optional.of(value.get().asList());
    }

    public String requiredString(String key) throws ScenarioError {
        return required(key).asString();
    }

    /** Absent gives empty; present but empty ({@code drug:}) is an error, as it is usually a slip. */
    public Optional<String> optionalString(String key) throws ScenarioError {
        Optional<YamlValue> value = optional(key);
        return value.isEmpty() ? Optional.empty() : Optional.of(value.get().asString());
    }

    public long requiredLong(String key) throws ScenarioError {
        return required(key).asLong();
    }

    public OptionalLong optionalLong(String key) throws ScenarioError {
        Optional<YamlValue> value = optional(key);
        return value.isEmpty()
                ? OptionalLong.empty()
                : OptionalLong.of(value.get().asLong());
    }

    public boolean requiredBoolean(String key) throws ScenarioError {
        return required(key).asBoolean();
    }

    public Optional<Boolean> optionalBoolean(String key) throws ScenarioError {
        Optional<YamlValue> value = optional(key);
        return value.isEmpty() ? Optional.empty() : Optional.of(value.get().asBoolean());
    }

    /** A quantity in the kind's base unit, e.g. nanolitres for {@link QuantityKind#VOLUME}. */
    public long requiredQuantity(String key, QuantityKind kind) throws ScenarioError {
        return required(key).asQuantity(kind);
    }

    public OptionalLong optionalQuantity(String key, QuantityKind kind) throws ScenarioError {
        Optional<YamlValue> value = optional(key);
        return value.isEmpty()
                ? OptionalLong.empty()
                : OptionalLong.of(value.get().asQuantity(kind));
    }

    /** An error located at the start of this map, for rules that involve several of its keys. */
    public ScenarioError error(String detail) {
        return new ScenarioError(file, line(), column(), path, detail);
    }

    private String childPath(String key) {
        return YamlValue.childPath(path, key);
    }

    private ScenarioError errorAt(Node at, String atPath, String detail) {
        int line = at.getStartMark().getLine() + 1;
        int column = at.getStartMark().getColumn() + 1;
        return new ScenarioError(file, line, column, atPath, detail);
    }
}
