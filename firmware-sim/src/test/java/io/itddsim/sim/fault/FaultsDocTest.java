package io.itddsim.sim.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/FAULTS.md's coverage matrix has exactly one row per catalogue entry, its "detected by"
 * column says what the catalogue says, and every test it names exists.
 */
class FaultsDocTest {

    /** Rows of the matrix by fault key: the cells after the key. */
    private static Map<String, List<String>> matrix() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        boolean inMatrix = false;
        for (String line : Files.readAllLines(Path.of("..", "docs", "FAULTS.md"))) {
            if (line.startsWith("| fault |")) {
                inMatrix = true;
                continue;
            }
            if (inMatrix && !line.startsWith("|")) {
                break;
            }
            if (inMatrix && line.startsWith("| `")) {
                List<String> cells = new ArrayList<>();
                for (String c : line.substring(1, line.length() - 1).split("\\|")) {
                    cells.add(c.trim());
                }
                String key = cells.get(0).replace("`", "");
                assertFalse(rows.containsKey(key), "two rows for " + key);
                rows.put(key, cells.subList(1, cells.size()));
            }
        }
        return rows;
    }

    private static String detectors(FaultKind k) {
        if (k.detectors().isEmpty()) {
            return "none";
        }
        return String.join(", ", k.detectors().stream().map(Detector::label).toList());
    }

    @Test
    @DisplayName("docs/FAULTS.md has a row for every catalogue entry and none for anything else")
    void everyFaultHasARow() throws IOException {
        Map<String, List<String>> rows = matrix();
        for (FaultKind k : FaultKind.values()) {
            assertTrue(rows.containsKey(k.key()), "docs/FAULTS.md lacks a row for " + k.key());
        }
        for (String key : rows.keySet()) {
            assertTrue(FaultKind.byKey(key) != null, "docs/FAULTS.md has a row for unknown fault " + key);
        }
    }

    @Test
    @DisplayName("each row's detectors are the catalogue's")
    void detectorsMatch() throws IOException {
        Map<String, List<String>> rows = matrix();
        for (FaultKind k : FaultKind.values()) {
            assertTrue(rows.containsKey(k.key()), "docs/FAULTS.md lacks a row for " + k.key());
            String cell = rows.get(k.key()).get(1);
            assertEquals(detectors(k), cell.replace("`", "").replaceAll(" \\(.*\\)$", ""), k.key());
        }
    }

    @Test
    @DisplayName("every test the matrix names exists")
    void namedTestsExist() throws Exception {
        Map<String, List<String>> rows = matrix();
        for (Map.Entry<String, List<String>> row : rows.entrySet()) {
            String cell = row.getValue().get(row.getValue().size() - 1).replace("`", "");
            assertFalse(cell.isBlank(), row.getKey() + " names no test");
            for (String ref : cell.split(",\\s*")) {
                String[] parts = ref.split("#");
                assertEquals(2, parts.length, row.getKey() + ": expected Class#method, got " + ref);
                Class<?> c = Class.forName(parts[0].contains(".") ? parts[0] : "io.itddsim.sim.fault." + parts[0]);
                boolean found = false;
                for (Method m : c.getDeclaredMethods()) {
                    found |= m.getName().equals(parts[1]);
                }
                assertTrue(found, row.getKey() + ": no test " + ref);
            }
        }
    }

    @Test
    @DisplayName("the faults whose damage stays are the ones the catalogue says")
    void lastingDamageListMatches() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "FAULTS.md"));
        int at = doc.indexOf("**Lasting damage**:");
        assertTrue(at >= 0, "docs/FAULTS.md lacks the **Lasting damage** list");
        String list = doc.substring(at, doc.indexOf(". ", at));
        java.util.Set<String> documented = new java.util.TreeSet<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("`([a-z_]+)`").matcher(list);
        while (m.find()) {
            documented.add(m.group(1));
        }
        java.util.Set<String> coded = new java.util.TreeSet<>();
        for (FaultKind k : FaultKind.values()) {
            if (k.damageStays()) {
                coded.add(k.key());
            }
        }
        assertEquals(coded, documented);
    }
}
