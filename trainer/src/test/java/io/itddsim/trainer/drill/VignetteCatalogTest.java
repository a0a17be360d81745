package io.itddsim.trainer.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.run.RunOptions;
import io.itddsim.bench.run.RunResult;
import io.itddsim.bench.run.ScenarioRunner;
import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.patient.ClinicalState;
import io.itddsim.sim.patient.PatientStatus;
import io.itddsim.sim.patient.Syndrome;
import io.itddsim.trainer.TestDrills;
import io.itddsim.trainer.tone.ToneLibrary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The "overdose or withdrawal?" vignettes: each one's answer is what the patient model really
 * shows at its moment (checked here by running the scenario again, apart from the generator), and
 * the set of them cannot be answered from the pump's sound alone.
 */
class VignetteCatalogTest {
    private static final long DAY_US = 86_400_000_000L;

    /** One vignette as the emulator runs it at its moment, read without the trainer's own code. */
    private record Observed(DrillSpec spec, RunPlan plan, RunResult at, PatientStatus patient) {
        String drug() {
            return plan.setup().prescription().drug();
        }

        /** The model's answer: overdose or withdrawal grades present, or neither. */
        Classification modelSays() {
            boolean overdose = patient.grade(Syndrome.OPIOID_OVERDOSE) > 0;
            boolean withdrawal =
                    patient.grade(Syndrome.OPIOID_WITHDRAWAL) > 0 || patient.grade(Syndrome.BACLOFEN_WITHDRAWAL) > 0;
            assertFalse(overdose && withdrawal, spec.id() + ": both at once");
            return overdose ? Classification.OVERDOSE : withdrawal ? Classification.WITHDRAWAL : Classification.NEITHER;
        }
    }

    private static List<Observed> observed() {
        List<Observed> out = new ArrayList<>();
        String yaml = DrillGenerator.classpathText(DrillCatalog.RESOURCE);
        for (DrillSpec spec : DrillSpecReader.read(DrillCatalog.RESOURCE, yaml)) {
            if (!spec.vignette()) {
                continue;
            }
            RunPlan plan = assertDoesNotThrowParse(spec.scenario());
            RunResult at =
                    ScenarioRunner.run(plan.withDurationUs(spec.observeAtUs()), RunOptions.DEFAULT, (d, t) -> {});
            PatientStatus patient = at.end()
                    .patient()
                    .orElseThrow(() -> new AssertionError(spec.id() + ": the scenario has no patient"));
            out.add(new Observed(spec, plan, at, patient));
        }
        return out;
    }

    private static RunPlan assertDoesNotThrowParse(String resource) {
        try {
            return ScenarioLoader.parse(resource, DrillGenerator.classpathText(resource));
        } catch (Exception e) {
            throw new AssertionError(resource + " does not load: " + e.getMessage(), e);
        }
    }

    @Test
    @DisplayName(
            "every vignette's answer is what the patient model shows at observe_at, and its situation shows the model's own signs")
    void everyVignetteAgreesWithThePatientModel() {
        List<Observed> all = observed();
        assertTrue(all.size() >= 5, "vignettes: " + all.size());
        for (Observed o : all) {
            Drill drill = TestDrills.catalog().drill(o.spec().id()).orElseThrow();
            assertTrue(drill.vignette(), o.spec().id());
            assertEquals(o.spec().classification(), o.modelSays(), o.spec().id() + " at " + o.patient());
            assertEquals(
                    Set.of(o.modelSays().name()),
                    drill.keys().get(QuestionType.CLASSIFICATION).correct(),
                    o.spec().id());
            assertEquals(o.spec().observeAtUs(), o.patient().asOfUs(), o.spec().id() + ": figures as of the moment");
            for (ClinicalState s : o.patient().states()) {
                if (s.present() && s.syndrome() != Syndrome.THERAPEUTIC_EFFECT) {
                    assertTrue(drill.situation().contains(s.signs()), o.spec().id() + ": " + drill.situation());
                }
            }
            Set<AlarmType> sounding = new HashSet<>();
            o.at().end().activeAlarms().forEach(a -> sounding.add(a.type()));
            assertTrue(
                    o.spec().silent()
                            ? sounding.isEmpty()
                            : sounding.contains(o.spec().focus()),
                    o.spec().id() + ": the pump's active alarms at the moment are " + sounding);
            assertEquals(
                    o.spec().silent() ? null : o.spec().focus(),
                    drill.alarm(),
                    o.spec().id());
        }
    }

    @Test
    @DisplayName(
            "the vignettes cover opioid over-infusion, a stalled opioid pump, a baclofen disconnection, a refill error and an alarm with a stable patient")
    void vignettesCoverTheIncidents() {
        List<Observed> all = observed();
        assertTrue(
                all.stream()
                        .anyMatch(o -> isOpioid(o.drug())
                                && o.spec().silent()
                                && !o.plan().faults().isEmpty()
                                && o.modelSays() == Classification.OVERDOSE),
                "opioid over-infusion, overdose, silent pump");
        assertTrue(
                all.stream()
                        .anyMatch(o -> isOpioid(o.drug())
                                && (o.spec().focus() == AlarmType.MOTOR_STALL
                                        || o.spec().focus() == AlarmType.EMPTY_RESERVOIR)
                                && o.modelSays() == Classification.WITHDRAWAL),
                "opioid stall or empty reservoir, withdrawal, alarm");
        assertTrue(
                all.stream()
                        .anyMatch(o -> o.drug().equals("baclofen")
                                && o.spec().silent()
                                && o.at().end().activeFaults().contains("disconnected")
                                && o.modelSays() == Classification.WITHDRAWAL),
                "baclofen catheter disconnection, withdrawal, silent pump");
        assertTrue(
                all.stream()
                        .anyMatch(o -> o.at().commands().stream()
                                        .anyMatch(c -> c.command() instanceof PumpCommand.Refill r
                                                && r.enteredConcentrationUgPerMl() != r.drugConcentrationUgPerMl())
                                && o.modelSays() == Classification.OVERDOSE),
                "a refill error, overdose");
        assertTrue(
                all.stream()
                        .anyMatch(o -> !o.spec().silent()
                                && o.modelSays() == Classification.NEITHER
                                && o.patient().grade(Syndrome.THERAPEUTIC_EFFECT) > 0),
                "an alarm with a patient still stable");
    }

    @Test
    @DisplayName("the pump's sound never gives the answer: each way it sounds (or not) goes with two answers or more")
    void theAlarmAloneDoesNotTell() {
        Map<AlarmSeverity, Set<Classification>> bySound = new HashMap<>();
        Set<Classification> silent = new HashSet<>();
        for (Drill d : TestDrills.catalog().drills()) {
            if (!d.vignette()) {
                continue;
            }
            Classification answer = Classification.valueOf(d.keys()
                    .get(QuestionType.CLASSIFICATION)
                    .correct()
                    .iterator()
                    .next());
            if (d.sound() == null) {
                silent.add(answer);
            } else {
                bySound.computeIfAbsent(d.sound(), s -> new HashSet<>()).add(answer);
            }
        }
        assertTrue(silent.size() >= 2, "silent pump: " + silent);
        assertEquals(Set.of(AlarmSeverity.values()), bySound.keySet());
        bySound.forEach((sound, answers) -> assertTrue(answers.size() >= 2, sound + ": " + answers));
        Set<Classification> every = new HashSet<>(silent);
        bySound.values().forEach(every::addAll);
        assertEquals(Set.of(Classification.values()), every);
    }

    @Test
    @DisplayName(
            "a vignette asks the pump's sound, the patient's state and what to do; its feedback gives the run's concentrations and cites DOMAIN.md")
    void vignetteQuestionsAndFeedback() {
        Drill stall =
                TestDrills.catalog().drill("vignette-hydromorphone-stall-alarm").orElseThrow();
        assertEquals(
                List.of(QuestionType.SEVERITY, QuestionType.CLASSIFICATION, QuestionType.ACTION),
                stall.questions().stream().map(Question::type).toList());
        assertEquals(
                List.of("OVERDOSE", "WITHDRAWAL", "NEITHER"),
                stall.question(QuestionType.CLASSIFICATION).options().stream()
                        .map(Option::id)
                        .toList());
        Feedback wrong = stall.check(QuestionType.CLASSIFICATION, List.of("WITHDRAWAL"));
        assertFalse(wrong.correct(), "a critical alarm with a stable patient is not a withdrawal yet");
        assertEquals(List.of("NEITHER"), wrong.correctIds());
        assertTrue(wrong.explanation().contains("jammed at day 2, 00:00:00"), wrong.explanation());
        assertTrue(wrong.explanation().matches(".*holds [0-9,.]+ ng/mL.*% of the [0-9,.]+ ng/mL he is adapted to.*"));
        assertTrue(wrong.source().contains("docs/DOMAIN.md 4") && wrong.source().contains("docs/PATIENT.md"));
        IllegalArgumentException causes = assertThrows(
                IllegalArgumentException.class, () -> stall.check(QuestionType.CAUSES, List.of("MOTOR_STALL")));
        assertTrue(causes.getMessage().contains("asks no 'causes' question"), causes.getMessage());

        for (Drill d : TestDrills.catalog().drills()) {
            if (d.vignette()) {
                Drill.AnswerKey key = d.keys().get(QuestionType.CLASSIFICATION);
                assertTrue(key.explanation().contains(" ng/mL"), d.id() + ": " + key.explanation());
                assertTrue(key.source().matches(".*docs/DOMAIN\\.md [1-9].*"), d.id() + ": " + key.source());
                assertTrue(d.situation().contains("At the bedside: "), d.id());
            } else {
                assertFalse(d.keys().containsKey(QuestionType.CLASSIFICATION), d.id());
            }
        }
    }

    private static DrillSpec vignette(String id, String scenario, AlarmType focus, long atUs, Classification c) {
        return new DrillSpec(
                id,
                "x",
                "docs/DOMAIN.md 8",
                scenario,
                focus,
                atUs,
                "who",
                "At the bedside: {signs}",
                focus == null ? "silent" : null,
                Action.EMERGENCY,
                "why",
                c,
                "{csf_ng_per_ml} ng/mL");
    }

    @Test
    @DisplayName(
            "a vignette the emulator contradicts is refused: the wrong answer, the wrong alarm, no patient, a moment off the patient's grid")
    void aVignetteTheEmulatorContradictsIsRefused() {
        DrillGenerator generator = DrillGenerator.fromClasspath(ToneLibrary.standard());
        String stall = "scenarios/patient/hydromorphone-motor-stall.yaml";
        long halfDay = 2 * DAY_US + DAY_US / 2;

        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> generator.generate(
                        vignette("says-overdose", stall, AlarmType.MOTOR_STALL, halfDay, Classification.OVERDOSE)));
        assertTrue(
                e.getMessage().contains("says-overdose")
                        && e.getMessage().contains("the drill says OVERDOSE at day 2, 12:00:00")
                        && e.getMessage().contains("shows WITHDRAWAL (opioid_overdose 0, opioid_withdrawal 2)"),
                e.getMessage());

        e = assertThrows(
                IllegalStateException.class,
                () -> generator.generate(vignette("says-silent", stall, null, halfDay, Classification.WITHDRAWAL)));
        assertTrue(e.getMessage().contains("MOTOR_STALL (raised at day 2, 00:00:34"), e.getMessage());

        e = assertThrows(
                IllegalStateException.class,
                () -> generator.generate(
                        vignette("says-low", stall, AlarmType.LOW_RESERVOIR, halfDay, Classification.WITHDRAWAL)));
        assertTrue(e.getMessage().contains("sounds LOW_RESERVOIR"), e.getMessage());

        IllegalArgumentException noPatient = assertThrows(
                IllegalArgumentException.class,
                () -> generator.generate(vignette(
                        "no-patient",
                        "scenarios/faults/motor-stall-day-30-hydromorphone.yaml",
                        AlarmType.MOTOR_STALL,
                        31 * DAY_US,
                        Classification.WITHDRAWAL)));
        assertTrue(noPatient.getMessage().contains("needs a scenario with a patient: section"), noPatient.getMessage());

        IllegalArgumentException offGrid = assertThrows(
                IllegalArgumentException.class,
                () -> generator.generate(vignette(
                        "off-grid", stall, AlarmType.MOTOR_STALL, halfDay + 30_000_000L, Classification.WITHDRAWAL)));
        assertTrue(offGrid.getMessage().contains("patient's grid instants (every 60 s)"), offGrid.getMessage());
    }

    @Test
    @DisplayName(
            "the model does not follow baclofen overdose, so a vignette cannot call an over-infused baclofen patient 'neither'")
    void noNeitherForAnOverdoseTheModelDoesNotFollow() {
        String overInfused = """
                version: 1
                name: baclofen refilled stronger than entered
                seed: 1
                duration: 3d
                pump: {profile: synchromed2-20ml}
                reservoir: {volume: 3 mL, drug: baclofen, concentration: 500 mcg/mL}
                prescription: {mode: continuous, dose: 200 mcg/day}
                patient: {weight: 70 kg}
                timeline:
                  - at: 1d
                    refill: {volume: 18 mL, concentration: 2000 mcg/mL, entered_concentration: 500 mcg/mL}
                """;
        DrillGenerator generator = new DrillGenerator(
                ToneLibrary.standard(),
                r -> r.equals("test/baclofen.yaml") ? overInfused : DrillGenerator.classpathText(r));
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> generator.generate(
                        vignette("baclofen-neither", "test/baclofen.yaml", null, 2 * DAY_US, Classification.NEITHER)));
        assertTrue(e.getMessage().contains("does not follow baclofen overdose"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot say 'neither'"), e.getMessage());
    }

    @Test
    @DisplayName(
            "a vignette without observe_at, without {signs} in its situation or with an unknown answer is refused naming the drill")
    void badVignettesAreRefused() {
        String good = "- {id: v, incident: i, source: s, scenario: x.yaml, focus: MOTOR_STALL, observe_at: 2d,"
                + " who: w, situation: 'At the bedside: {signs}', action: EMERGENCY, action_why: w,"
                + " classification: WITHDRAWAL, classification_why: c}";
        DrillSpec spec = DrillSpecReader.read("t", good).get(0);
        assertTrue(spec.vignette());
        assertEquals(2 * DAY_US, spec.observeAtUs());
        assertEquals(Classification.WITHDRAWAL, spec.classification());
        for (String[] bad : new String[][] {
            {good.replace(" observe_at: 2d,", ""), "(v): 'observe_at' is missing"},
            {good.replace("{signs}", "pale"), "must show the patient's {signs}"},
            {good.replace("WITHDRAWAL", "BOTH"), "classification must be one of [OVERDOSE, WITHDRAWAL, NEITHER]"},
            {good.replace(" classification_why: c", " classification_why: ''"), "'classification_why' is missing"},
            {
                good.replace(" classification: WITHDRAWAL,", "").replace(" observe_at: 2d,", ""),
                "classification_why is for a vignette"
            },
        }) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> DrillSpecReader.read("t", bad[0]));
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
        }
    }

    private static boolean isOpioid(String drug) {
        return Set.of("morphine", "hydromorphone", "fentanyl", "sufentanil").contains(drug);
    }
}
