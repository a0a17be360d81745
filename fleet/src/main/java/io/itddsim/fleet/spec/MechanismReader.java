package io.itddsim.fleet.spec;

import io.itddsim.bench.scenario.QuantityKind;
import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.YamlMap;
import io.itddsim.bench.scenario.YamlValue;
import io.itddsim.sim.SimInputException;
import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.fault.FaultParameter;
import io.itddsim.sim.fault.FaultSchedule;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.fault.FaultSpecCheck;
import io.itddsim.sim.profile.PumpProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the {@code mechanisms:} map of a fleet file: for each mechanism, the catalogue fault it arms,
 * its onset, its hazard ratios and its parameters' distributions. A parameter the fault does not
 * take, or a range outside the one the catalogue accepts, is refused here with its line.
 */
final class MechanismReader {
    private static final Set<String> KEYS =
            Set.of("fault", "onset", "off_label_hazard_ratio", "drug_hazard_ratios", "parameters");
    private static final Set<String> ONSET_KEYS = Set.of("shape", "probability", "by", "earliest");
    /** The fault names of the catalogue: a mechanism's name is the armed fault's name. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private MechanismReader() {}

    static List<MechanismSpec> read(YamlMap mechanisms) throws ScenarioError {
        List<MechanismSpec> out = new ArrayList<>();
        for (String name : mechanisms.keys()) {
            YamlValue node = mechanisms.required(name);
            if (!NAME.matcher(name).matches()) {
                throw node.error("a mechanism's name must be 1 to 64 letters, digits, '-', '_' or '.', starting with"
                        + " a letter or digit");
            }
            out.add(mechanism(name, node.asMap()));
        }
        return out;
    }

    private static MechanismSpec mechanism(String name, YamlMap m) throws ScenarioError {
        m.allowOnly(KEYS);
        FaultKind fault = fault(m.required("fault"));
        Onset onset = onset(m.requiredMap("onset"));
        double offLabel = m.has("off_label_hazard_ratio")
                ? DistReader.number(m.required("off_label_hazard_ratio"), 0, 1_000)
                : 1.0;
        Map<String, Double> byDrug = new LinkedHashMap<>();
        if (m.has("drug_hazard_ratios")) {
            YamlMap drugs = m.requiredMap("drug_hazard_ratios");
            for (String drug : drugs.keys()) {
                byDrug.put(drug.toLowerCase(Locale.ROOT), DistReader.number(drugs.required(drug), 0, 1_000));
            }
        }
        TreeMap<String, Dist> parameters = new TreeMap<>();
        if (m.has("parameters")) {
            YamlMap params = m.requiredMap("parameters");
            for (String key : params.keys()) {
                parameters.put(key, parameter(fault, key, params.required(key)));
            }
        }
        checkCorners(m, fault, parameters);
        return new MechanismSpec(name, fault, onset, offLabel, byDrug, parameters);
    }

    /**
     * Checks the fault with every parameter at the lowest and at the highest value its distribution
     * can draw, in every combination, on both bundled pumps, as the pump will when it is armed: so
     * that parameters which must agree (an intermittent stall's episodes in its window) are refused
     * here, at their line, rather than by a pump in the middle of a study.
     */
    private static void checkCorners(YamlMap m, FaultKind fault, TreeMap<String, Dist> parameters)
            throws ScenarioError {
        List<String> keys = new ArrayList<>(parameters.keySet());
        for (int corner = 0; corner < (1 << keys.size()); corner++) {
            TreeMap<String, Long> values = new TreeMap<>();
            for (int i = 0; i < keys.size(); i++) {
                Dist d = parameters.get(keys.get(i));
                FaultParameter p = fault.parameter(keys.get(i));
                values.put(keys.get(i), (corner >> i & 1) == 0 ? d.min() : Math.min(d.max(), p.max()));
            }
            FaultSpec spec = new FaultSpec("check", fault, values, FaultSchedule.now());
            for (String profile : PumpProfile.bundledNames()) {
                try {
                    FaultSpecCheck.check(spec, PumpProfile.byName(profile), "morphine");
                } catch (SimInputException e) {
                    YamlValue at = m.has("parameters") ? m.required("parameters") : m.required("fault");
                    throw at.error(fault.key() + " with its parameters at " + values + ": " + e.getMessage());
                }
            }
        }
    }

    private static FaultKind fault(YamlValue v) throws ScenarioError {
        FaultKind kind = FaultKind.byKey(v.asString());
        if (kind == null) {
            Set<String> known = new TreeSet<>();
            for (FaultKind k : FaultKind.values()) {
                known.add(k.key());
            }
            throw v.error("unknown fault \"" + v.asString() + "\"; the catalogue (docs/FAULTS.md) has: "
                    + String.join(", ", known));
        }
        return kind;
    }

    private static Onset onset(YamlMap m) throws ScenarioError {
        m.allowOnly(ONSET_KEYS);
        double shape = DistReader.number(m.required("shape"), 0.1, 10);
        double probability = DistReader.number(m.required("probability"), 1e-9, 0.999_999);
        long by = m.requiredQuantity("by", QuantityKind.DURATION);
        long earliest = m.optionalQuantity("earliest", QuantityKind.DURATION).orElse(0);
        if (by <= earliest) {
            throw m.required("by").error("must be later than the earliest onset");
        }
        return new Onset(shape, probability, by, earliest);
    }

    /** A parameter's distribution, in the unit the catalogue gives it, within its accepted range. */
    private static Dist parameter(FaultKind fault, String key, YamlValue v) throws ScenarioError {
        FaultParameter p = fault.parameter(key);
        if (p == null) {
            List<String> accepted = new ArrayList<>();
            fault.parameters().forEach(q -> accepted.add(q.key()));
            throw v.error("fault " + fault.key() + " takes no parameter \"" + key + "\"; it takes: "
                    + (accepted.isEmpty() ? "none" : String.join(", ", accepted)));
        }
        Dist d = switch (p.unit()) {
            case DURATION_US -> DistReader.read(v, DistReader.ValueReader.of(QuantityKind.DURATION));
            case VOLUME_RATE_NL_PER_DAY -> DistReader.read(v, DistReader.ValueReader.of(QuantityKind.VOLUME_RATE));
            case FLAG -> new Dist.Fixed(v.asBoolean() ? 1 : 0);
            default -> DistReader.read(v, DistReader.ValueReader.WHOLE_NUMBER);
        };
        boolean unbounded = d instanceof Dist.LogNormal;
        if (d.min() < p.min() || (!unbounded && d.max() > p.max())) {
            throw v.error("expected values from " + p.min() + " to " + p.max() + " "
                    + p.unit().symbol() + " for " + fault.key() + "." + key);
        }
        return d;
    }
}
