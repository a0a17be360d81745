package io.itddsim.bench.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A located YAML list. Items are numbered from 0 in paths ({@code timeline[0]} is the first), as
 * in JSONPath and jq; the line number in every message removes any doubt.
 */
public final class YamlList {

    private final String file;
    private final String path;
    private final SequenceNode node;
    private final List<YamlValue> items;

    YamlList(String file, String path, SequenceNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
        List<YamlValue> wrapped = new ArrayList<>();
        for (Node item : node.getValue()) {
            wrapped.add(new YamlValue(file, YamlValue.itemPath(path, wrapped.size()), item));
        }
        this.items = Collections.unmodifiableList(wrapped);
    }

    public String path() {
        return path;
    }

    /** 1-based line where the list starts. */
    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** 1-based column where the list starts. */
    public int column() {
        return node.getStartMark().getColumn() + 1;
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The items in file order, read-only. */
    public List<YamlValue> items() {
        return items;
    }

    /** The item at a 0-based index. */
    public YamlValue get(int index) {
        return items.get(index);
    }

    /** An error located at the start of this list. */
    public ScenarioError error(String detail) {
        return new ScenarioError(file, line(), column(), path, detail);
    }
}
