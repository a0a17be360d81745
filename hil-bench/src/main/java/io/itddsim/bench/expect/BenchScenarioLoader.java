package io.itddsim.bench.expect;

import io.itddsim.bench.scenario.QuantityFormat;
import io.itddsim.bench.scenario.QuantityKind;
import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.bench.scenario.YamlList;
import io.itddsim.bench.scenario.YamlMap;
import io.itddsim.bench.scenario.YamlReader;
import io.itddsim.bench.scenario.YamlValue;
import io.itddsim.sim.engine.RunPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a scenario file for the bench: its run plan (through {@link ScenarioLoader}, so it means
 * what it means to {@code simulate} and {@code pump}), its {@code expect:} list and its {@code
 * bench:} settings. Every error names file, line and column; a file with one does not run.
 */
public final class BenchScenarioLoader {
    /** Sampling grids the bench picks from, finest first: each a multiple of a 1 ms tick. */
    private static final long[] GRID_US = {
        1_000_000L,
        10_000_000L,
        60_000_000L,
        300_000_000L,
        600_000_000L,
        1_800_000_000L,
        3_600_000_000L,
        7_200_000_000L,
        21_600_000_000L,
        43_200_000_000L,
        86_400_000_000L
    };
    /** At most this many samples per run by default: plenty for plots, cheap on a serial line. */
    static final long MAX_DEFAULT_SAMPLES = 2_000;

    private static final Set<String> BENCH_KEYS = Set.of("sample_every");

    private final ExpectationKinds kinds;

    public BenchScenarioLoader(ExpectationKinds kinds) {
        this.kinds = kinds;
    }

    public static BenchScenarioLoader builtIn() {
        return new BenchScenarioLoader(ExpectationKinds.builtIn());
    }

    public BenchScenario load(Path file) throws ScenarioError {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioError(file.toString(), 0, 0, "", "cannot read the file: " + e.getMessage(), e);
        }
        return parse(file, text);
    }

    public BenchScenario parse(Path file, String text) throws ScenarioError {
        String name = file.toString();
        RunPlan plan = ScenarioLoader.parse(name, text);
        YamlMap root = YamlReader.parse(name, text).asMap();
        long interval = sampleInterval(root, plan);
        List<Expectation> expectations = new ArrayList<>();
        if (root.has("expect")) {
            YamlValue node = root.required("expect");
            if (node.isNull()) {
                throw node.error("expected a list of expectations (docs/BENCH.md), got nothing");
            }
            YamlList list = node.asList();
            ExpectationContext context = new ExpectationContext(name, plan);
            for (YamlValue item : list.items()) {
                expectations.add(kinds.read(item.asMap(), context));
            }
        }
        return new BenchScenario(file, text, plan, expectations, interval);
    }

    private static long sampleInterval(YamlMap root, RunPlan plan) throws ScenarioError {
        long tickUs = plan.setup().profile().tickUs();
        if (!root.has("bench")) {
            return defaultInterval(plan.durationUs(), tickUs);
        }
        YamlMap bench = root.requiredMap("bench");
        bench.allowOnly(BENCH_KEYS);
        if (!bench.has("sample_every")) {
            return defaultInterval(plan.durationUs(), tickUs);
        }
        long us = bench.requiredQuantity("sample_every", QuantityKind.DURATION);
        if (us <= 0 || us % tickUs != 0) {
            throw bench.required("sample_every")
                    .error("expected a positive multiple of the pump's tick (" + QuantityFormat.duration(tickUs) + ")");
        }
        if (us > plan.durationUs()) {
            throw bench.required("sample_every")
                    .error("is longer than the run (" + QuantityFormat.duration(plan.durationUs()) + ")");
        }
        return us;
    }

    /** The finest grid giving at most {@link #MAX_DEFAULT_SAMPLES} samples. */
    static long defaultInterval(long durationUs, long tickUs) {
        for (long grid : GRID_US) {
            if (grid % tickUs == 0 && durationUs / grid <= MAX_DEFAULT_SAMPLES) {
                return grid;
            }
        }
        long days = GRID_US[GRID_US.length - 1];
        return days * (durationUs / days / MAX_DEFAULT_SAMPLES + 1);
    }
}
