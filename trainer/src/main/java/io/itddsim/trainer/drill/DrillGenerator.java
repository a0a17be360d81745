package io.itddsim.trainer.drill;

import io.itddsim.bench.run.ProgressListener;
import io.itddsim.bench.run.RunOptions;
import io.itddsim.bench.run.RunResult;
import io.itddsim.bench.run.ScenarioRunner;
import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.sim.alarm.AlarmRecord;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.trainer.tone.ToneLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Makes drills by running the embedded emulator on each drill's scenario: the alarm the drill
 * is about must really be raised by the run (and a silent drill's pump must really stay silent),
 * and every figure the trainee reads comes from the run. A drill whose run disagrees with its
 * text is an error, not a drill.
 */
public final class DrillGenerator {
    private static final ProgressListener QUIET = (done, total) -> {};

    private final ToneLibrary tones;
    private final Function<String, String> resources;
    private final Map<String, RunPlan> scenarios = new ConcurrentHashMap<>();
    private final Map<String, RunResult> wholeRuns = new ConcurrentHashMap<>();

    /**
     * @param resources reads a scenario file's text by its resource path (the classpath, or a
     *                  test's own files)
     */
    public DrillGenerator(ToneLibrary tones, Function<String, String> resources) {
        this.tones = tones;
        this.resources = resources;
    }

    /** Reads scenarios from this jar's resources. */
    public static DrillGenerator fromClasspath(ToneLibrary tones) {
        return new DrillGenerator(tones, DrillGenerator::classpathText);
    }

    /** All drills, generated in parallel (each run is independent and deterministic). */
    public List<Drill> generate(List<DrillSpec> specs) {
        specs.stream().map(DrillSpec::scenario).distinct().toList().parallelStream()
                .forEach(this::whole);
        return specs.parallelStream().map(this::generate).toList();
    }

    public Drill generate(DrillSpec spec) {
        String where = "drill " + spec.id() + " (" + spec.scenario() + ")";
        RunPlan scenario = scenario(spec.scenario());
        RunResult whole = whole(spec.scenario());
        Optional<AlarmRecord> alarm = Optional.empty();
        long atUs;
        if (spec.silent()) {
            atUs = spec.observeAtUs();
            if (atUs <= 0 || atUs > scenario.durationUs()) {
                throw new IllegalArgumentException(where + ": observe_at must be within the scenario's run");
            }
            whole.alarms().stream()
                    .filter(a -> a.raisedUs() <= atUs)
                    .findFirst()
                    .ifPresent(a -> {
                        throw new IllegalStateException(
                                where + ": the drill says the pump is silent, but the emulator raised " + a.type()
                                        + " at " + SimTimes.format(a.raisedUs()));
                    });
        } else {
            alarm = whole.alarms().stream()
                    .filter(a -> a.type() == spec.focus())
                    .findFirst();
            if (alarm.isEmpty()) {
                throw new IllegalStateException(
                        where + ": the drill is about " + spec.focus() + ", but the emulator raised "
                                + whole.alarms().stream().map(AlarmRecord::type).toList());
            }
            atUs = alarm.get().raisedUs();
        }
        Optional<AlarmRecord> next =
                whole.alarms().stream().filter(a -> a.raisedUs() > atUs).findFirst();
        RunResult at = runUntil(scenario, atUs, whole);
        RunResult atNext =
                next.map(n -> runUntil(scenario, n.raisedUs(), whole)).orElse(null);
        Map<String, String> facts = DrillFacts.of(
                whole,
                atUs,
                at,
                alarm,
                next,
                atNext,
                scenario.setup().prescription().drug());
        String silentWhy = spec.silent() ? Templates.fill(where, spec.silentWhy(), facts) : null;
        String actionWhy = Templates.fill(where, spec.actionWhy(), facts);
        DrillQuestions questions = new DrillQuestions(tones);
        return new Drill(
                spec.id(),
                spec.incident(),
                spec.source(),
                spec.scenario(),
                scenario.name(),
                spec.who(),
                Templates.fill(where, spec.situation(), facts),
                alarm.map(a -> a.type().severity()).orElse(null),
                alarm.map(AlarmRecord::type).orElse(null),
                questions.questions(),
                questions.keys(
                        spec, alarm.map(AlarmRecord::type).orElse(null), facts.get("time"), silentWhy, actionWhy));
    }

    private RunPlan scenario(String resource) {
        return scenarios.computeIfAbsent(resource, r -> {
            try {
                return ScenarioLoader.parse(r, resources.apply(r));
            } catch (ScenarioError e) {
                throw new IllegalStateException("drill scenario " + r + " does not load: " + e.getMessage(), e);
            }
        });
    }

    private RunResult whole(String resource) {
        RunPlan scenario = scenario(resource);
        return wholeRuns.computeIfAbsent(resource, r -> ScenarioRunner.run(scenario, RunOptions.DEFAULT, QUIET));
    }

    /** The pump as it is at {@code atUs}: the same scenario, stopped there (runs are deterministic). */
    private static RunResult runUntil(RunPlan s, long atUs, RunResult whole) {
        if (atUs >= s.durationUs()) {
            return whole;
        }
        return ScenarioRunner.run(s.withDurationUs(atUs), RunOptions.DEFAULT, QUIET);
    }

    static String classpathText(String resource) {
        try (InputStream in = DrillGenerator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource + " in the trainer");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
