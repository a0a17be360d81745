package io.itddsim.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reading a YAML document")
class YamlReaderTest {

    static String yaml(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    @DisplayName("a syntax error is reported at the line and column SnakeYAML found it")
    void aSyntaxErrorIsReportedAtItsLine() {
        ScenarioError e = assertThrows(
                ScenarioError.class,
                () -> YamlReader.parse("scenarios/x.yaml", yaml("pump:", "  drug: baclofen", "   reservoir: 20 mL")));
        assertEquals(3, e.line());
        assertEquals(13, e.column());
        assertEquals("scenarios/x.yaml:3:13: YAML syntax error: mapping values are not allowed here", e.getMessage());
    }

    @Test
    @DisplayName("an unclosed bracket names the construct it was parsing and where that began")
    void anUnclosedBracketNamesTheConstruct() {
        ScenarioError e = assertThrows(
                ScenarioError.class,
                () -> YamlReader.parse("x.yaml", yaml("name: test", "doses: [1 mg, 2 mg", "drug: morphine")));
        assertEquals(3, e.line());
        assertTrue(e.detail().endsWith("(while parsing a flow sequence that starts at line 2)"), e.detail());
    }

    @Test
    @DisplayName("a tab used for indentation is a syntax error on its line")
    void aTabIndentIsASyntaxError() {
        ScenarioError e =
                assertThrows(ScenarioError.class, () -> YamlReader.parse("x.yaml", yaml("pump:", "\tdrug: baclofen")));
        assertEquals(2, e.line());
        assertTrue(e.detail().startsWith("YAML syntax error: "), e.detail());
    }

    @Test
    @DisplayName("a second document in the file is refused where it starts")
    void aSecondDocumentIsRefused() {
        ScenarioError e = assertThrows(
                ScenarioError.class, () -> YamlReader.parse("x.yaml", yaml("name: first", "---", "name: second")));
        assertEquals(3, e.line());
        assertEquals("a second YAML document starts here; a scenario file holds exactly one", e.detail());
    }

    @Test
    @DisplayName("an empty file or one with only comments is refused at line 1")
    void anEmptyFileIsRefused() {
        for (String text : new String[] {"", "# nothing yet\n"}) {
            ScenarioError e = assertThrows(ScenarioError.class, () -> YamlReader.parse("x.yaml", text));
            assertEquals(
                    "x.yaml:1:1: the file holds no YAML document; expected a map of keys and values", e.getMessage());
        }
    }

    @Test
    @DisplayName("a top level that is not a map says what it got")
    void aTopLevelListIsNotAMap() throws ScenarioError {
        YamlValue root = YamlReader.parse("x.yaml", yaml("- a", "- b"));
        ScenarioError e = assertThrows(ScenarioError.class, root::asMap);
        assertEquals("x.yaml:1:1: expected a map of keys and values, got a list", e.getMessage());
    }

    @Test
    @DisplayName("local tags are refused rather than read as plain text")
    void localTagsAreRefused() throws ScenarioError {
        YamlMap map = YamlReader.parse("x.yaml", yaml("name: a", "profile: !include other.yaml"))
                .asMap();
        ScenarioError e = assertThrows(ScenarioError.class, () -> map.requiredString("profile"));
        assertEquals(
                "x.yaml:2:10: profile: YAML tags such as \"!include\" are not supported in scenario files",
                e.getMessage());
    }

    @Test
    @DisplayName("tags naming Java classes are refused by the parser")
    void classTagsAreRefused() {
        ScenarioError e = assertThrows(
                ScenarioError.class, () -> YamlReader.parse("x.yaml", yaml("a: 1", "b: !!java.io.File /etc/passwd")));
        assertEquals(2, e.line());
    }

    @Test
    @DisplayName("a byte-order mark at the start of the file is not content")
    void aByteOrderMarkIsNotContent() throws ScenarioError {
        YamlMap map = YamlReader.parse("x.yaml", "\ufeffname: test\n").asMap();
        assertEquals("test", map.requiredString("name"));
    }

    @Test
    @DisplayName("a file read from disk is named in messages as the path given")
    void aFileIsNamedAsThePathGiven(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bolus.yaml");
        Files.writeString(file, yaml("name: bolus", "volume: lots"), StandardCharsets.UTF_8);
        ScenarioError e = assertThrows(
                ScenarioError.class,
                () -> YamlReader.read(file).asMap().requiredQuantity("volume", QuantityKind.VOLUME));
        assertEquals(file + ":2:9: volume: expected a volume such as \"20 mL\", got \"lots\"", e.getMessage());
    }
}
