package io.itddsim.bench.scenario;

import static io.itddsim.bench.scenario.YamlReaderTest.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading a located YAML map")
class YamlMapTest {

    private static final String SCENARIO = yaml(
            "name: refill drill", // 1
            "pump:", // 2
            "  drug: baclofen", // 3
            "  concentration: 500 mcg/mL", // 4
            "  reservoir: 20 mL", // 5
            "prescription:", // 6
            "  rate: 0.5 mL/day", // 7
            "timeline:", // 8
            "  - at: 0s", // 9
            "    note: start", // 10
            "  - at: 12h", // 11
            "  - at: 1d", // 12
            "    bolus:", // 13
            "      volume: 1 mL", // 14
            "      duration: 30m"); // 15

    private static YamlMap root(String text) throws ScenarioError {
        return YamlReader.parse("scenarios/x.yaml", text).asMap();
    }

    @Test
    @DisplayName("values, lists and nested maps are read in their base units")
    void valuesAreReadInTheirBaseUnits() throws ScenarioError {
        YamlMap root = root(SCENARIO);
        root.allowOnly(Set.of("name", "pump", "prescription", "timeline"));
        YamlMap pump = root.requiredMap("pump");
        assertEquals("baclofen", pump.requiredString("drug"));
        assertEquals(500, pump.requiredQuantity("concentration", QuantityKind.CONCENTRATION));
        assertEquals(20_000_000, pump.requiredQuantity("reservoir", QuantityKind.VOLUME));
        assertEquals(500_000, root.requiredMap("prescription").requiredQuantity("rate", QuantityKind.VOLUME_RATE));
        YamlList timeline = root.requiredList("timeline");
        assertEquals(3, timeline.size());
        assertEquals(43_200_000_000L, timeline.get(1).asMap().requiredQuantity("at", QuantityKind.DURATION));
        assertEquals(List.of("name", "pump", "prescription", "timeline"), root.keys());
    }

    @Test
    @DisplayName("a bad quantity deep in a list points at its value and names its full path")
    void aBadQuantityDeepInAListPointsAtItsValue() throws ScenarioError {
        YamlMap bolus = root(SCENARIO.replace("volume: 1 mL", "volume: 1"))
                .requiredList("timeline")
                .get(2)
                .asMap()
                .requiredMap("bolus");
        ScenarioError e =
                assertThrows(ScenarioError.class, () -> bolus.requiredQuantity("volume", QuantityKind.VOLUME));
        assertEquals(
                "scenarios/x.yaml:14:15: timeline[2].bolus.volume: expected a volume such as \"20 mL\", "
                        + "got \"1\": the unit is missing; units are mandatory",
                e.getMessage());
        assertEquals("timeline[2].bolus.volume", e.path());
    }

    @Test
    @DisplayName("the brief's example message comes out exactly")
    void theExampleMessageComesOutExactly() throws ScenarioError {
        YamlMap prescription =
                root(SCENARIO.replace("rate: 0.5 mL/day", "rate: fast")).requiredMap("prescription");
        ScenarioError e = assertThrows(
                ScenarioError.class, () -> prescription.requiredQuantity("rate", QuantityKind.VOLUME_RATE));
        assertEquals(
                "scenarios/x.yaml:7:9: prescription.rate: expected a rate such as \"0.5 mL/day\", got \"fast\"",
                e.getMessage());
    }

    @Test
    @DisplayName("a misspelt key is refused at its line, with a suggestion and the allowed keys")
    void aMisspeltKeyIsRefused() throws ScenarioError {
        YamlMap pump = root(SCENARIO.replace("concentration:", "concentraton:")).requiredMap("pump");
        ScenarioError e =
                assertThrows(ScenarioError.class, () -> pump.allowOnly(Set.of("drug", "reservoir", "concentration")));
        assertEquals(
                "scenarios/x.yaml:4:3: pump.concentraton: unknown key \"concentraton\" "
                        + "(did you mean \"concentration\"?); allowed keys: concentration, drug, reservoir",
                e.getMessage());
    }

    @Test
    @DisplayName("an unknown key unlike any allowed one gets no suggestion")
    void anUnrelatedUnknownKeyGetsNoSuggestion() throws ScenarioError {
        YamlMap root = root(yaml("name: x", "colour: blue"));
        ScenarioError e = assertThrows(ScenarioError.class, () -> root.allowOnly(Set.of("name", "pump")));
        assertEquals("scenarios/x.yaml:2:1: colour: unknown key \"colour\"; allowed keys: name, pump", e.getMessage());
    }

    @Test
    @DisplayName("a missing required key is reported at the start of the map that lacks it")
    void aMissingRequiredKeyIsReportedAtItsMap() throws ScenarioError {
        YamlMap pump = root(SCENARIO.replace("  reservoir: 20 mL\n", "")).requiredMap("pump");
        ScenarioError e =
                assertThrows(ScenarioError.class, () -> pump.requiredQuantity("reservoir", QuantityKind.VOLUME));
        assertEquals("scenarios/x.yaml:3:3: pump: missing required key \"reservoir\"", e.getMessage());
    }

    @Test
    @DisplayName("a missing top-level key is reported without a path")
    void aMissingTopLevelKeyHasNoPath() throws ScenarioError {
        YamlMap root = root(yaml("name: x"));
        ScenarioError e = assertThrows(ScenarioError.class, () -> root.requiredMap("pump"));
        assertEquals("scenarios/x.yaml:1:1: missing required key \"pump\"", e.getMessage());
    }

    @Test
    @DisplayName("a duplicate key is refused at its second occurrence, naming the first")
    void aDuplicateKeyIsRefused() {
        ScenarioError e = assertThrows(
                ScenarioError.class,
                () -> root(SCENARIO.replace("  rate: 0.5 mL/day\n", "  rate: 0.5 mL/day\n  rate: 5 mL/day\n")));
        assertEquals(
                "scenarios/x.yaml:8:3: prescription.rate: duplicate key \"rate\"; it was already given at line 7",
                e.getMessage());
    }

    @Test
    @DisplayName("a value of the wrong shape says what was expected and what was found")
    void aWrongTypeSaysWhatWasExpected() throws ScenarioError {
        YamlMap root = root(yaml("name: x", "pump: baclofen", "timeline:", "  at: 0s"));
        ScenarioError map = assertThrows(ScenarioError.class, () -> root.requiredMap("pump"));
        assertEquals(
                "scenarios/x.yaml:2:7: pump: expected a map of keys and values, got \"baclofen\"", map.getMessage());
        ScenarioError list = assertThrows(ScenarioError.class, () -> root.requiredList("timeline"));
        assertEquals("scenarios/x.yaml:4:3: timeline: expected a list, got a map", list.getMessage());
        ScenarioError text = assertThrows(ScenarioError.class, () -> root.requiredString("timeline"));
        assertEquals("scenarios/x.yaml:4:3: timeline: expected text, got a map", text.getMessage());
        ScenarioError quantity =
                assertThrows(ScenarioError.class, () -> root.requiredQuantity("timeline", QuantityKind.DURATION));
        assertEquals(
                "scenarios/x.yaml:4:3: timeline: expected a duration such as \"1d12h30m\", got a map",
                quantity.getMessage());
    }

    @Test
    @DisplayName("absent optional keys are empty, and present ones are read and checked")
    void optionalKeys() throws ScenarioError {
        YamlMap map = root(yaml("drug: morphine", "seed: 42", "paused: false", "limit: 2 mg", "window: 07:30"));
        assertEquals(Optional.of("morphine"), map.optionalString("drug"));
        assertEquals(Optional.empty(), map.optionalString("label"));
        assertEquals(OptionalLong.of(42), map.optionalLong("seed"));
        assertEquals(OptionalLong.empty(), map.optionalLong("steps"));
        assertEquals(Optional.of(false), map.optionalBoolean("paused"));
        assertEquals(OptionalLong.of(2_000), map.optionalQuantity("limit", QuantityKind.MASS));
        assertEquals(OptionalLong.of(27_000_000_000L), map.optionalQuantity("window", QuantityKind.TIME_OF_DAY));
        assertEquals(OptionalLong.empty(), map.optionalQuantity("rate", QuantityKind.DOSE_RATE));
        assertEquals(Optional.empty(), map.optionalMap("pump"));
        assertEquals(Optional.empty(), map.optionalList("timeline"));
        assertFalse(map.has("label"));
    }

    @Test
    @DisplayName("an optional key written with no value is an error, not an absence")
    void anOptionalKeyWithNoValueIsAnError() throws ScenarioError {
        YamlMap map = root(yaml("name: x", "drug:"));
        ScenarioError e = assertThrows(ScenarioError.class, () -> map.optionalString("drug"));
        assertEquals(2, e.line());
        assertEquals("drug: expected text, got nothing", e.path() + ": " + e.detail());
    }

    @Test
    @DisplayName("whole numbers are plain decimals, and booleans are only true or false")
    void wholeNumbersAndBooleansAreStrict() throws ScenarioError {
        YamlMap map = root(yaml("a: 0x1F", "b: 99999999999999999999", "c: yes", "d: -7", "e: true"));
        assertEquals(
                "expected a whole number such as 42, got \"0x1F\"",
                assertThrows(ScenarioError.class, () -> map.requiredLong("a")).detail());
        assertEquals(
                2,
                assertThrows(ScenarioError.class, () -> map.requiredLong("b")).line());
        assertEquals(
                "expected true or false, got \"yes\"",
                assertThrows(ScenarioError.class, () -> map.requiredBoolean("c"))
                        .detail());
        assertEquals(-7, map.requiredLong("d"));
        assertEquals(true, map.requiredBoolean("e"));
    }

    @Test
    @DisplayName("exactly one of several alternative keys must be given")
    void exactlyOneOfSeveralKeys() throws ScenarioError {
        Set<String> actions = Set.of("bolus", "fault", "refill");
        assertEquals("fault", root(yaml("at: 1h", "fault: stall")).exactlyOneOf(actions));
        ScenarioError none =
                assertThrows(ScenarioError.class, () -> root(yaml("at: 1h")).exactlyOneOf(actions));
        assertEquals("scenarios/x.yaml:1:1: expected one of bolus, fault, refill", none.getMessage());
        ScenarioError two = assertThrows(
                ScenarioError.class,
                () -> root(yaml("at: 1h", "bolus: 1 mL", "fault: stall")).exactlyOneOf(actions));
        assertEquals(
                "scenarios/x.yaml:3:1: fault: \"bolus\" and \"fault\" cannot both be given; choose one",
                two.getMessage());
    }

    @Test
    @DisplayName("a duplicate key is found when the file is read, even in a map nobody asks for")
    void aDuplicateKeyIsFoundWhenTheFileIsRead() {
        ScenarioError e = assertThrows(
                ScenarioError.class, () -> YamlReader.parse("x.yaml", yaml("notes:", "  - {by: ann, by: bob}")));
        assertEquals("x.yaml:2:15: notes[0].by: duplicate key \"by\"; it was already given at line 2", e.getMessage());
    }

    @Test
    @DisplayName("a self-referencing alias does not hang the reader")
    void aSelfReferencingAliasDoesNotHang() throws ScenarioError {
        YamlMap root = root(yaml("loop: &l", "  next: *l"));
        assertEquals(
                root.requiredMap("loop").line(),
                root.requiredMap("loop").requiredMap("next").line());
    }

    @Test
    @DisplayName("keys must be plain text; merge keys and complex keys are refused")
    void keysMustBePlainText() {
        ScenarioError merge = assertThrows(
                ScenarioError.class, () -> root(yaml("base: &b {drug: x}", "pump:", "  <<: *b", "  reservoir: 20 mL")));
        assertEquals(
                "scenarios/x.yaml:3:3: pump: merge keys (<<) are not supported; write the keys out",
                merge.getMessage());
        ScenarioError complex = assertThrows(ScenarioError.class, () -> root(yaml("? [a, b]", ": value")));
        assertEquals("scenarios/x.yaml:1:3: expected a plain key such as \"drug\", got a list", complex.getMessage());
    }

    @Test
    @DisplayName("list items are numbered from zero in paths and located at their own lines")
    void listItemsAreNumberedFromZero() throws ScenarioError {
        YamlList timeline = root(SCENARIO).requiredList("timeline");
        assertEquals("timeline[0]", timeline.get(0).path());
        assertEquals(9, timeline.get(0).line());
        assertEquals(11, timeline.items().get(1).line());
        ScenarioError e = timeline.get(2).asMap().requiredMap("bolus").error("volume exceeds the reservoir");
        assertEquals("scenarios/x.yaml:14:7: timeline[2].bolus: volume exceeds the reservoir", e.getMessage());
    }
}
