package io.itddsim.bench.scenario;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Finds where a file passes SnakeYAML's limit on aliases of lists and maps (the guard against a
 * "billion laughs" expansion), which SnakeYAML reports without a position. It replays the file's
 * parse events, which expand nothing, counting aliases the way SnakeYAML's composer does: an alias
 * counts when its anchor names a list or a map.
 */
final class AliasLimit {

    private AliasLimit() {}

    /** The error for {@code e}: at the offending alias when it is the alias limit, else at the start. */
    static ScenarioError locate(String fileName, String text, LoaderOptions options, YAMLException e) {
        int limit = options.getMaxAliasesForCollections();
        Mark at = offendingAlias(text, options, limit);
        if (at == null) {
            return new ScenarioError(fileName, 1, 1, "", "cannot read the YAML: " + e.getMessage(), e);
        }
        return new ScenarioError(
                fileName,
                at.getLine() + 1,
                at.getColumn() + 1,
                "",
                "more than " + limit
                        + " aliases of lists or maps (an expansion such as a 'billion laughs'); a scenario file needs none",
                e);
    }

    private static Mark offendingAlias(String text, LoaderOptions options, int limit) {
        Map<String, Boolean> anchorIsCollection = new HashMap<>();
        int count = 0;
        try {
            for (Event event : new Yaml(options).parse(new StringReader(text))) {
                if (event instanceof AliasEvent alias) {
                    if (anchorIsCollection.getOrDefault(alias.getAnchor(), false) && ++count > limit) {
                        return alias.getStartMark();
                    }
                } else if (event instanceof NodeEvent node && node.getAnchor() != null) {
                    anchorIsCollection.put(node.getAnchor(), node instanceof CollectionStartEvent);
                } else if (event.is(Event.ID.DocumentStart)) {
                    anchorIsCollection.clear(); // anchors are per document; SnakeYAML's count is per file
                }
            }
        } catch (YAMLException other) {
            return null; // not the alias limit: the caller reports SnakeYAML's own message
        }
        return null;
    }
}
