package io.itddsim.bench.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one YAML document into a located tree ({@link YamlValue}), turning SnakeYAML's syntax
 * errors into {@link ScenarioError}s at the line and column SnakeYAML reports.
 *
 * <p>Only SnakeYAML's compose step is used: it yields nodes with their positions and builds no Java
 * objects, so no tag in a file can make us instantiate a class.
 */
public final class YamlReader {

    private YamlReader() {}

    /** Reads a UTF-8 file; messages name it as {@code file.toString()}, so pass the path the user gave. */
    public static YamlValue read(Path file) throws IOException, ScenarioError {
        return parse(file.toString(), ScenarioText.read(file));
    }

    /**
     * Parses text holding exactly one YAML document.
     *
     * @param fileName how messages name the source
     */
    public static YamlValue parse(String fileName, String text) throws ScenarioError {
        ScenarioText.checkLength(fileName, text);
        LoaderOptions options = new LoaderOptions();
        Node root;
        try {
            // composeAll rather than compose, so that a second document gets a message of our own.
            Iterator<Node> documents = new Yaml(options)
                    .composeAll(new StringReader(withoutByteOrderMark(text)))
                    .iterator();
            root = documents.hasNext() ? documents.next() : null;
            if (documents.hasNext()) {
                Mark second = documents.next().getStartMark();
                throw new ScenarioError(
                        fileName,
                        second.getLine() + 1,
                        second.getColumn() + 1,
                        "",
                        "a second YAML document starts here; a scenario file holds exactly one");
            }
        } catch (MarkedYAMLException e) {
            throw syntaxError(fileName, e);
        } catch (YAMLException e) {
            // A limit SnakeYAML reports without a position: the alias count is the one a file can reach
            throw AliasLimit.locate(fileName, text, options, e);
        }
        if (root == null) {
            throw new ScenarioError(
                    fileName, 1, 1, "", "the file holds no YAML document; expected a map of keys and values");
        }
        checkKeysEverywhere(fileName, "", root, Collections.newSetFromMap(new IdentityHashMap<>()));
        return new YamlValue(fileName, "", root);
    }

    /**
     * Checks every map's keys up front (see {@link YamlMap}), so that a duplicate key is reported
     * even in a part of the file no reader asks for. Aliases can make the tree cyclic, hence the
     * set of nodes already seen; SnakeYAML's nesting limit bounds the recursion depth.
     */
    private static void checkKeysEverywhere(String fileName, String path, Node node, Set<Node> seen)
            throws ScenarioError {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            new YamlMap(fileName, path, mapping);
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                checkKeysEverywhere(fileName, YamlValue.childPath(path, key), tuple.getValueNode(), seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                checkKeysEverywhere(fileName, YamlValue.itemPath(path, i), items.get(i), seen);
            }
        }
    }

    /** Editors on Windows may start UTF-8 files with a byte-order mark, which is not content. */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    private static ScenarioError syntaxError(String fileName, MarkedYAMLException e) {
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = at == null ? 1 : at.getLine() + 1;
        int column = at == null ? 1 : at.getColumn() + 1;
        StringBuilder detail = new StringBuilder("YAML syntax error: ")
                .append(e.getProblem() != null ? e.getProblem() : e.getContext());
        if (e.getProblem() != null && e.getContext() != null) {
            detail.append(" (").append(e.getContext());
            if (e.getContextMark() != null) {
                detail.append(" that starts at line ").append(e.getContextMark().getLine() + 1);
            }
            detail.append(')');
        }
        return new ScenarioError(fileName, line, column, "", detail.toString(), e);
    }
}
