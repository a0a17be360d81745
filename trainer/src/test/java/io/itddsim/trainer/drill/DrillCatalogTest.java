package io.itddsim.trainer.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.trainer.TestDrills;
import io.itddsim.trainer.tone.ToneLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bundled drills, generated on the emulator, cover every alarm and say where they come from. */
class DrillCatalogTest {
    private static final Pattern ALARM_ROW = Pattern.compile("^\\| `([A-Z_]+)` \\|", Pattern.MULTILINE);

    @Test
    @DisplayName("every alarm type of docs/ALARMS.md (and of the model) has at least one drill that raises it")
    void everyAlarmHasADrill() throws Exception {
        String alarmsMd = Files.readString(Path.of("..", "docs", "ALARMS.md"));
        Set<String> documented = new TreeSet<>();
        Matcher m = ALARM_ROW.matcher(alarmsMd);
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertEquals(
                EnumSet.allOf(AlarmType.class).stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
                documented,
                "docs/ALARMS.md rows");
        Set<String> drilled = TestDrills.catalog().drills().stream()
                .filter(d -> d.alarm() != null)
                .map(d -> d.alarm().name())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(documented, drilled);
    }

    @Test
    @DisplayName("every drill names its incident, a docs/DOMAIN.md section as source, and a scenario file that exists")
    void everyDrillNamesIncidentAndSource() {
        for (Drill d : TestDrills.catalog().drills()) {
            assertFalse(d.incident().isBlank(), d.id());
            assertTrue(d.source().matches(".*docs/DOMAIN\\.md [1-9].*"), d.id() + ": " + d.source());
            Path file = d.scenarioFile().startsWith("scenarios/")
                    ? Path.of("..", d.scenarioFile())
                    : Path.of("src", "main", "resources", d.scenarioFile());
            assertTrue(Files.isRegularFile(file), d.id() + ": " + file);
            assertEquals(d.alarm() == null ? null : d.alarm().severity(), d.sound(), d.id());
            d.keys().values().forEach(k -> assertFalse(k.explanation().contains("{"), d.id() + ": " + k.explanation()));
        }
    }

    @Test
    @DisplayName("docs/TRAINER.md lists every drill, and every screenshot it shows exists")
    void trainerDocListsEveryDrill() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "TRAINER.md"));
        for (Drill d : TestDrills.catalog().drills()) {
            assertTrue(doc.contains("| `" + d.id() + "` |"), "docs/TRAINER.md has no row for " + d.id());
        }
        Matcher image = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)").matcher(doc);
        int images = 0;
        while (image.find()) {
            images++;
            assertTrue(Files.isRegularFile(Path.of("..", "docs", image.group(1))), image.group(1));
        }
        assertTrue(images >= 5, "screenshots shown: " + images);
    }

    @Test
    @DisplayName(
            "the pump's silent blind spots are drills too: disconnection, over-infusion running dry, over-infusion found at refill")
    void silentDrillsHaveNoSound() {
        List<Drill> silent = TestDrills.catalog().drills().stream()
                .filter(d -> d.sound() == null)
                .toList();
        assertEquals(
                Set.of("catheter-disconnection", "fentanyl-over-infusion", "over-infusion-at-refill"),
                silent.stream().map(Drill::id).collect(Collectors.toSet()));
        for (Drill d : silent) {
            assertTrue(d.check(QuestionType.SEVERITY, List.of(AlarmCauses.NONE)).correct(), d.id());
            assertTrue(d.check(QuestionType.CAUSES, List.of(AlarmCauses.NONE)).correct(), d.id());
        }
    }

    @Test
    @DisplayName(
            "figures come from the run: the stall drill names the time the emulator raised the alarm and what it delivered")
    void figuresComeFromTheRun() {
        Drill stall = TestDrills.catalog().drill("stall-day-30").orElseThrow();
        assertEquals(AlarmType.MOTOR_STALL, stall.alarm());
        assertTrue(stall.situation().startsWith("On day 30, 00:00:00"), stall.situation());
        String why = stall.keys().get(QuestionType.ACTION).explanation();
        assertTrue(why.contains("jammed at day 30, 00:00:00"), why);
        Drill fentanyl = TestDrills.catalog().drill("fentanyl-over-infusion").orElseThrow();
        String silentWhy = fentanyl.keys().get(QuestionType.SEVERITY).explanation();
        assertTrue(silentWhy.contains("its first alarm, low reservoir, comes only at day 16"), silentWhy);
    }

    @Test
    @DisplayName("which causes fit: all alarms of the heard severity, exactly; one missing or one extra is wrong")
    void causesNeedExactlyTheFittingSet() {
        Drill stall = TestDrills.catalog().drill("stall-day-30").orElseThrow();
        List<String> critical = AlarmCauses.ofSeverity(AlarmSeverity.CRITICAL).stream()
                .map(Enum::name)
                .toList();
        assertTrue(stall.check(QuestionType.CAUSES, critical).correct());
        assertFalse(stall.check(QuestionType.CAUSES, critical.subList(0, 4)).correct());
        List<String> extra = new java.util.ArrayList<>(critical);
        extra.add("LOW_RESERVOIR");
        assertFalse(stall.check(QuestionType.CAUSES, extra).correct());
        IllegalArgumentException bad =
                assertThrows(IllegalArgumentException.class, () -> stall.check(QuestionType.ACTION, List.of("PRAY")));
        assertTrue(bad.getMessage().contains("PRAY"), bad.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> stall.check(QuestionType.ACTION, List.of("REFILL", "INTERROGATE")));
    }

    @Test
    @DisplayName(
            "a drill whose scenario does not raise its alarm is refused, naming the drill and what the emulator raised")
    void aDrillTheEmulatorContradictsIsRefused() {
        DrillGenerator generator = DrillGenerator.fromClasspath(ToneLibrary.standard());
        DrillSpec noStall = new DrillSpec(
                "no-stall",
                "x",
                "docs/DOMAIN.md 4",
                "scenarios/bolus-day.yaml",
                AlarmType.MOTOR_STALL,
                -1,
                "who",
                "On {time}",
                null,
                Action.CALL_CLINIC_NOW,
                "why");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> generator.generate(noStall));
        assertTrue(e.getMessage().contains("no-stall") && e.getMessage().contains("MOTOR_STALL"), e.getMessage());

        DrillSpec notSilent = new DrillSpec(
                "not-silent",
                "x",
                "docs/DOMAIN.md 4",
                "scenarios/faults/motor-stall-day-30-hydromorphone.yaml",
                null,
                31L * 86_400_000_000L,
                "who",
                "x",
                "silent",
                Action.EMERGENCY,
                "why");
        e = assertThrows(IllegalStateException.class, () -> generator.generate(notSilent));
        assertTrue(e.getMessage().contains("MOTOR_STALL at day 30"), e.getMessage());

        DrillSpec badFact = new DrillSpec(
                "bad-fact",
                "x",
                "docs/DOMAIN.md 4",
                "scenarios/faults/motor-stall-day-30-hydromorphone.yaml",
                AlarmType.MOTOR_STALL,
                -1,
                "who",
                "{aspirated_ml}",
                null,
                Action.EMERGENCY,
                "why");
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> generator.generate(badFact));
        assertTrue(f.getMessage().contains("{aspirated_ml}"), f.getMessage());
    }

    @Test
    @DisplayName("a drill list with an unknown key, an unknown alarm or a missing source is refused naming the drill")
    void badDrillListsAreRefused() {
        String good = "- {id: a, incident: i, source: s, scenario: x.yaml, focus: MOTOR_STALL, who: w, situation: s,"
                + " action: REFILL, action_why: w}";
        assertEquals(1, DrillSpecReader.read("t", good).size());
        assertNotNull(DrillSpecReader.read("t", good).get(0).focus());
        assertNull(DrillSpecReader.read(
                        "t", good.replace("MOTOR_STALL", "none").replace("}", ", observe_at: 1d, silent_why: q}"))
                .get(0)
                .focus());
        for (String[] bad : new String[][] {
            {good.replace("who:", "whom:"), "unknown key 'whom'"},
            {good.replace("MOTOR_STALL", "MOTOR_STAL"), "MOTOR_STAL"},
            {good.replace("source: s, ", ""), "'source' is missing"},
            {good.replace("REFILL", "PANIC"), "action must be one of"},
            {good + "\n" + good, "used twice"},
        }) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> DrillSpecReader.read("t", bad[0]));
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
        }
    }
}
