package io.itddsim.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI as a user runs it, on the bundled scenarios in the repository's scenarios/ folder. */
class SimulateCommandTest {
    private static final Path SCENARIOS = Path.of("..", "scenarios");

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = ItddCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static JsonNode json(String... args) throws IOException {
        Run r = run(args);
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    @DisplayName("--json gives one object with the documented fields")
    void jsonHasTheDocumentedFields() throws IOException {
        JsonNode j = json("simulate", SCENARIOS.resolve("bolus-day.yaml").toString(), "--json");
        for (String field : new String[] {
            "sim_time_us",
            "ticks",
            "programmed_nl",
            "commanded_nl",
            "intrathecal_nl",
            "reservoir_actual_nl",
            "reservoir_estimated_nl",
            "intrathecal_drug_ug",
            "events",
            "state_hash"
        }) {
            assertTrue(j.has(field), "missing " + field);
        }
        assertEquals(86_400_000_000L, j.get("sim_time_us").asLong());
        assertEquals("BOLUS_STARTED", j.get("events").get(0).get("type").asText());
        assertEquals(3L * 3_600_000_000L, j.get("events").get(0).get("t_us").asLong());
    }

    @Test
    @DisplayName("90 days of the bundled morphine scenario: commanded within one stroke, delivered within 14.5%")
    void ninetyDayScenarioIsAccurate() throws IOException {
        JsonNode j =
                json("simulate", SCENARIOS.resolve("continuous-morphine.yaml").toString(), "--json");
        long programmed = j.get("programmed_nl").asLong();
        long commanded = j.get("commanded_nl").asLong();
        long delivered = j.get("intrathecal_nl").asLong();
        assertEquals(36_000_000, programmed, "10 mg/day of 25 mg/mL for 90 days");
        assertTrue(programmed - commanded >= 0 && programmed - commanded < 240);
        assertTrue(Math.abs(delivered - programmed) <= programmed * 145 / 1000);
        // the estimate is computed from commanded strokes; the actual volume follows the real mechanism
        assertEquals(40_000_000 - commanded, j.get("reservoir_estimated_nl").asLong());
        assertEquals(40_000_000 - delivered, j.get("reservoir_actual_nl").asLong());
    }

    @Test
    @DisplayName("the same scenario and seed twice give the same hash; another seed another")
    void sameSeedSameHash() throws IOException {
        String f = SCENARIOS.resolve("baclofen-flex.yaml").toString();
        String a = json("simulate", f, "--json").get("state_hash").asText();
        String b = json("simulate", f, "--json").get("state_hash").asText();
        String c =
                json("simulate", f, "--json", "--seed", "99").get("state_hash").asText();
        assertEquals(a, b);
        assertTrue(!a.equals(c));
    }

    @Test
    @DisplayName("--no-fast-forward steps every tick and ends with the same hash")
    void noFastForwardSameHash() throws IOException {
        String f = SCENARIOS.resolve("bolus-day.yaml").toString();
        JsonNode skipped = json("simulate", f, "--json");
        JsonNode stepped = json("simulate", f, "--json", "--no-fast-forward");
        assertEquals(
                skipped.get("state_hash").asText(), stepped.get("state_hash").asText());
        assertEquals(stepped.get("ticks").asLong(), stepped.get("ticks_stepped").asLong());
        assertTrue(skipped.get("ticks_stepped").asLong()
                < stepped.get("ticks_stepped").asLong());
    }

    @Test
    @DisplayName("every bundled scenario runs, in every folder under scenarios/")
    void everyBundledScenarioRuns() throws IOException {
        try (var files = Files.walk(SCENARIOS)) {
            List<Path> yaml =
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(
                    yaml.stream().filter(p -> p.getParent().endsWith("faults")).count() >= 5,
                    "the fault scenarios in scenarios/faults/ are covered: " + yaml);
            assertTrue(
                    yaml.stream().filter(p -> p.getParent().endsWith("patient")).count() >= 5,
                    "the patient scenarios in scenarios/patient/ are covered: " + yaml);
            for (Path f : yaml) {
                Run r = run("simulate", f.toString());
                assertEquals(0, r.exit(), f + ": " + r.err());
                assertTrue(r.out().contains("State hash:"), f.toString());
            }
        }
    }

    @Test
    @DisplayName("with a patient, --json has a patient section: hourly samples, transitions and the end state")
    void jsonHasThePatient() throws IOException {
        JsonNode j = json(
                "simulate",
                SCENARIOS.resolve("patient/hydromorphone-motor-stall.yaml").toString(),
                "--json");
        JsonNode p = j.get("patient");
        assertEquals("hydromorphone", p.get("drug").asText());
        assertEquals(80, p.get("weight_kg").asInt());
        assertEquals(3_600_000_000L, p.get("sample_interval_us").asLong());
        JsonNode samples = p.get("samples");
        assertEquals(5 * 24 + 1, samples.size(), "every hour of 5 days, both ends included");
        for (String field : new String[] {
            "t_us", "csf_ng_per_ml", "effect_site_ng_per_ml", "rostral_ng_per_ml", "tolerance_ng_per_ml", "grades"
        }) {
            assertTrue(samples.get(24).has(field), "missing " + field);
        }
        assertEquals(24 * 3_600_000_000L, samples.get(24).get("t_us").asLong());
        assertEquals(2, samples.get(24).get("grades").get("therapeutic_effect").asInt());
        JsonNode t = p.get("transitions").get(0);
        for (String field : new String[] {"t_us", "state", "from_grade", "to_grade", "signs"}) {
            assertTrue(t.has(field), "missing " + field);
        }
        assertEquals(3, p.get("end").get("states").size());
        assertTrue(
                !json("simulate", SCENARIOS.resolve("bolus-day.yaml").toString(), "--json")
                        .has("patient"),
                "no patient section without a patient");
    }

    @Test
    @DisplayName("with a patient, --no-fast-forward ends with the same hash and the same patient")
    void patientIsTheSameSteppedOrSkipped(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("p.yaml");
        Files.writeString(
                f,
                String.join(
                        "\n",
                        "version: 1",
                        "duration: 5h",
                        "pump:",
                        "  profile: synchromed2-20ml",
                        "reservoir:",
                        "  volume: 20 mL",
                        "  drug: morphine",
                        "  concentration: 25 mg/mL",
                        "prescription:",
                        "  mode: continuous",
                        "  dose: 3 mg/day",
                        "timeline:",
                        "  - at: 1h",
                        "    program: {mode: stopped}",
                        "patient:",
                        "  weight: 70 kg",
                        ""));
        JsonNode skipped = json("simulate", f.toString(), "--json");
        JsonNode stepped = json("simulate", f.toString(), "--json", "--no-fast-forward");
        assertEquals(
                stepped.get("state_hash").asText(), skipped.get("state_hash").asText());
        assertEquals(stepped.get("patient"), skipped.get("patient"));
        assertTrue(skipped.get("patient").get("transitions").size() > 0, "the patient's course is not empty");
    }

    @Test
    @DisplayName("the text report sums the patient up: drug, weight, states now and their course")
    void textReportHasThePatient() {
        Run r = run(
                "simulate",
                SCENARIOS
                        .resolve("patient/baclofen-catheter-disconnection.yaml")
                        .toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(
                r.out().contains("Patient (simulated; a training model, not a clinical tool): baclofen, 60 kg"),
                r.out());
        assertTrue(r.out().contains("baclofen_withdrawal    0 -> 1  itching without a rash"), r.out());
    }

    @Test
    @DisplayName("a scenario error names file, line and what was expected, and exits with status 2")
    void scenarioErrorExitsTwo(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(
                bad,
                String.join(
                        "\n",
                        "version: 1",
                        "duration: 2d",
                        "pump:",
                        "  profile: synchromed2-20ml",
                        "reservoir:",
                        "  volume: 20 mL",
                        "  drug: morphine",
                        "  concentration: 25 mg/mL",
                        "prescription:",
                        "  mode: continuous",
                        "  rate: fast",
                        ""));
        Run r = run("simulate", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bad.yaml:11:"), r.err());
        assertTrue(r.err().contains("prescription.rate"), r.err());
        assertTrue(r.err().contains("0.5 mL/day"), "names the expected form: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    @DisplayName("a missing file exits with status 2 and says so")
    void missingFileExitsTwo() {
        Run r = run("simulate", "no-such-scenario.yaml");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no-such-scenario.yaml"), r.err());
    }
}
