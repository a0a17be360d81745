package io.itddsim.fleet.spec;

import io.itddsim.bench.scenario.QuantityKind;
import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.YamlList;
import io.itddsim.bench.scenario.YamlMap;
import io.itddsim.bench.scenario.YamlValue;
import io.itddsim.sim.profile.PumpProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code cohorts:} list of a fleet file, each error at its line. */
final class CohortReader {
    private static final Set<String> KEYS = Set.of(
            "name",
            "size",
            "profile",
            "follow_up",
            "implant_age",
            "dropout_per_year",
            "refill_interval",
            "interrogation_every",
            "drugs",
            "hazard_ratios",
            "field_reference",
            "patient");
    private static final Set<String> DRUG_KEYS =
            Set.of("drug", "share", "concentration", "dose", "max_refill_interval");
    /** Largest study: ids are ints, and a bigger fleet file is almost certainly a typo. */
    static final long MAX_PUMPS = 10_000_000;

    private static final long DAY_US = 86_400_000_000L;

    private CohortReader() {}

    static List<CohortSpec> read(YamlList cohorts, Set<String> mechanisms) throws ScenarioError {
        if (cohorts.isEmpty()) {
            throw cohorts.error("expected at least one cohort");
        }
        List<CohortSpec> out = new ArrayList<>();
        Map<String, Integer> namesAt = new HashMap<>();
        long total = 0;
        for (YamlValue item : cohorts.items()) {
            YamlMap m = item.asMap();
            CohortSpec c = cohort(m, mechanisms);
            Integer earlier = namesAt.putIfAbsent(c.name(), m.line());
            if (earlier != null) {
                throw m.required("name")
                        .error("a cohort named \"" + c.name() + "\" is already given at line " + earlier);
            }
            total += c.size();
            if (total > MAX_PUMPS) {
                throw m.required("size").error("the study would have more than " + MAX_PUMPS + " pumps");
            }
            out.add(c);
        }
        return out;
    }

    private static CohortSpec cohort(YamlMap m, Set<String> mechanisms) throws ScenarioError {
        m.allowOnly(KEYS);
        String name = m.requiredString("name");
        long size = m.requiredLong("size");
        if (size < 1 || size > MAX_PUMPS) {
            throw m.required("size").error("expected 1 to " + MAX_PUMPS + " pumps, got " + size);
        }
        String profile = m.requiredString("profile");
        if (PumpProfile.byName(profile) == null) {
            throw m.required("profile")
                    .error("unknown profile \"" + profile + "\"; expected one of "
                            + String.join(", ", PumpProfile.bundledNames()));
        }
        long followUp = m.requiredQuantity("follow_up", QuantityKind.DURATION);
        if (followUp < DAY_US) {
            throw m.required("follow_up").error("expected at least 1d");
        }
        DistReader.ValueReader durations = DistReader.ValueReader.of(QuantityKind.DURATION);
        Dist implantAge =
                m.has("implant_age") ? DistReader.read(m.required("implant_age"), durations) : new Dist.Fixed(0);
        double dropout = m.has("dropout_per_year") ? DistReader.number(m.required("dropout_per_year"), 0, 10) : 0;
        Dist refill = DistReader.read(m.required("refill_interval"), durations);
        if (refill.min() < DAY_US) {
            throw m.required("refill_interval").error("expected refill intervals of at least 1d");
        }
        long interrogation =
                m.optionalQuantity("interrogation_every", QuantityKind.DURATION).orElse(0);
        if (m.has("interrogation_every") && interrogation < DAY_US) {
            throw m.required("interrogation_every").error("expected at least 1d");
        }
        List<DrugSpec> drugs = drugs(m.requiredList("drugs"));
        Map<String, Double> ratios = new LinkedHashMap<>();
        if (m.has("hazard_ratios")) {
            YamlMap r = m.requiredMap("hazard_ratios");
            for (String mechanism : r.keys()) {
                if (!mechanisms.contains(mechanism)) {
                    throw r.required(mechanism)
                            .error("no mechanism named \"" + mechanism + "\"; the mechanisms are: "
                                    + String.join(", ", new java.util.TreeSet<>(mechanisms)));
                }
                ratios.put(mechanism, DistReader.number(r.required(mechanism), 0, 1_000));
            }
        }
        FieldReference reference = FieldReference.NONE;
        if (m.has("field_reference")) {
            String key = m.requiredString("field_reference");
            reference = FieldReference.byKey(key);
            if (reference == null || reference == FieldReference.NONE) {
                throw m.required("field_reference")
                        .error("expected manufacturer or galica (the field's figures in docs/DOMAIN.md 4 and 9), got \""
                                + key + "\"");
            }
        }
        PatientSpec patient = m.has("patient")
                ? PatientReader.read(m.requiredMap("patient"), drugs, PumpProfile.byName(profile))
                : null;
        return new CohortSpec(
                name,
                (int) size,
                profile,
                followUp,
                implantAge,
                dropout,
                refill,
                interrogation,
                drugs,
                ratios,
                reference,
                patient);
    }

    private static List<DrugSpec> drugs(YamlList list) throws ScenarioError {
        if (list.isEmpty()) {
            throw list.error("expected at least one drug");
        }
        List<DrugSpec> out = new ArrayList<>();
        double shares = 0;
        for (YamlValue item : list.items()) {
            YamlMap d = item.asMap();
            d.allowOnly(DRUG_KEYS);
            String drug = d.requiredString("drug");
            double share = DistReader.number(d.required("share"), 0, 1);
            Dist conc =
                    DistReader.read(d.required("concentration"), DistReader.ValueReader.of(QuantityKind.CONCENTRATION));
            if (conc.min() <= 0) {
                throw d.required("concentration").error("expected concentrations above zero");
            }
            Dist dose = DistReader.read(d.required("dose"), DistReader.ValueReader.of(QuantityKind.DOSE_RATE));
            if (dose.min() <= 0) {
                throw d.required("dose").error("expected doses above zero");
            }
            long maxInterval = d.optionalQuantity("max_refill_interval", QuantityKind.DURATION)
                    .orElse(0);
            if (d.has("max_refill_interval") && maxInterval < DAY_US) {
                throw d.required("max_refill_interval").error("expected at least 1d");
            }
            shares += share;
            out.add(new DrugSpec(drug, share, conc, dose, maxInterval));
        }
        if (Math.abs(shares - 1.0) > 1e-9) {
            throw list.error("the drugs' shares add up to " + shares + "; expected 1");
        }
        return out;
    }
}
