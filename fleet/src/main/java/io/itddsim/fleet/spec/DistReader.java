package io.itddsim.fleet.spec;

import io.itddsim.bench.scenario.QuantityKind;
import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.YamlList;
import io.itddsim.bench.scenario.YamlMap;
import io.itddsim.bench.scenario.YamlValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a distribution ({@link Dist}) or a plain number from a fleet file, each error at its line:
 * a value as the scenario format spells it ({@code 25 mg/mL}, {@code 30d}) is a fixed value; a map
 * with one of {@code uniform}, {@code log_uniform}, {@code lognormal} or {@code choice} is a
 * distribution of such values.
 */
final class DistReader {
    private static final Set<String> SHAPES = Set.of("uniform", "log_uniform", "lognormal", "choice");
    private static final Set<String> LOGNORMAL_KEYS = Set.of("median", "sigma");

    /** Reads one value of the distribution's kind, in its base unit. */
    @FunctionalInterface
    interface ValueReader {
        long read(YamlValue v) throws ScenarioError;

        static ValueReader of(QuantityKind kind) {
            return v -> v.asQuantity(kind);
        }

        ValueReader WHOLE_NUMBER = YamlValue::asLong;
    }

    private DistReader() {}

    static Dist read(YamlValue v, ValueReader values) throws ScenarioError {
        if (!v.isMap()) {
            return new Dist.Fixed(values.read(v));
        }
        YamlMap m = v.asMap();
        m.allowOnly(SHAPES);
        String shape = m.exactlyOneOf(SHAPES);
        switch (shape) {
            case "uniform", "log_uniform" -> {
                YamlList range = m.requiredList(shape);
                if (range.size() != 2) {
                    throw range.error("expected two values [lowest, highest], got " + range.size());
                }
                long lo = values.read(range.get(0));
                long hi = values.read(range.get(1));
                if (hi < lo) {
                    throw range.get(1).error("the highest value is below the lowest");
                }
                if (shape.equals("log_uniform")) {
                    if (lo <= 0) {
                        throw range.get(0).error("a log-uniform range must start above zero");
                    }
                    return new Dist.LogUniform(lo, hi);
                }
                return new Dist.Uniform(lo, hi);
            }
            case "lognormal" -> {
                YamlMap p = m.requiredMap("lognormal");
                p.allowOnly(LOGNORMAL_KEYS);
                long median = values.read(p.required("median"));
                if (median <= 0) {
                    throw p.required("median").error("expected a median above zero");
                }
                double sigma = number(p.required("sigma"), 0, 5);
                return new Dist.LogNormal(median, sigma);
            }
            default -> {
                YamlList items = m.requiredList("choice");
                if (items.isEmpty()) {
                    throw items.error("expected at least one value to choose from");
                }
                List<Long> out = new ArrayList<>();
                for (YamlValue item : items.items()) {
                    out.add(values.read(item));
                }
                return new Dist.Choice(out);
            }
        }
    }

    /** A plain decimal number within [min, max], such as a probability or a hazard ratio. */
    static double number(YamlValue v, double min, double max) throws ScenarioError {
        String text = v.asString().trim();
        double d;
        try {
            d = new BigDecimal(text).doubleValue();
        } catch (NumberFormatException e) {
            throw v.error("expected a number such as 1.5, got \"" + text + "\"");
        }
        if (!(d >= min && d <= max)) {
            throw v.error("expected a number from " + plain(min) + " to " + plain(max) + ", got " + text);
        }
        return d;
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
