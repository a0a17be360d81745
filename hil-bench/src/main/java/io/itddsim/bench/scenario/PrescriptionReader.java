package io.itddsim.bench.scenario;

import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PtmLimits;
import io.itddsim.sim.firmware.Therapy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a prescription block: {@code mode} (stopped, continuous, flex), a rate given either as a
 * flow ({@code rate: 0.5 mL/day}) or as a dose ({@code dose: 10 mg/day}, converted with the
 * concentration as the clinician programmer does), and for flex a list of {@code steps}.
 * Drug and concentration default to the reservoir's. An optional {@code ptm} block sets the patient
 * bolus limits (volume or dose, duration, lockout, max_per_day).
 */
final class PrescriptionReader {
    private static final Set<String> KEYS = Set.of("mode", "drug", "concentration", "rate", "dose", "steps", "ptm");
    private static final Set<String> PTM_KEYS = Set.of("volume", "dose", "duration", "lockout", "max_per_day");
    private static final Set<String> VOLUME_OR_DOSE = Set.of("volume", "dose");
    private static final Set<String> STEP_KEYS = Set.of("start", "rate", "dose");
    private static final Set<String> RATE_OR_DOSE = Set.of("rate", "dose");

    private PrescriptionReader() {}

    static Prescription read(YamlMap m, String defaultDrug, long defaultConcentration) throws ScenarioError {
        return read(m, defaultDrug, defaultConcentration, Set.of());
    }

    /** As {@link #read(YamlMap, String, long)}, allowing the caller's own {@code extraKeys} beside the prescription's. */
    static Prescription read(YamlMap m, String defaultDrug, long defaultConcentration, Set<String> extraKeys)
            throws ScenarioError {
        Set<String> allowed = new java.util.TreeSet<>(KEYS);
        allowed.addAll(extraKeys);
        m.allowOnly(allowed);
        String drug = m.optionalString("drug").orElse(defaultDrug);
        long conc =
                m.optionalQuantity("concentration", QuantityKind.CONCENTRATION).orElse(defaultConcentration);
        if (conc <= 0) {
            throw m.error("concentration must be above zero to program a rate");
        }
        String mode = m.requiredString("mode");
        Therapy therapy = switch (mode) {
            case "stopped" -> {
                forbid(m, "rate", "dose", "steps");
                yield new Therapy.Stopped();
            }
            case "continuous" -> {
                forbid(m, "steps");
                yield new Therapy.Continuous(rate(m, conc));
            }
            case "flex" -> {
                forbid(m, "rate", "dose");
                yield new Therapy.Flex(steps(m.requiredList("steps"), conc));
            }
            default ->
                throw m.required("mode").error("expected one of stopped, continuous, flex; got \"" + mode + "\"");
        };
        PtmLimits ptm = null;
        var ptmNode = m.optionalMap("ptm");
        if (ptmNode.isPresent()) {
            ptm = ptm(ptmNode.get(), conc);
        }
        return new Prescription(drug, conc, therapy, ptm);
    }

    /** Patient bolus limits: a volume, or a dose converted with the concentration (ug / (ug/mL) = mL). */
    private static PtmLimits ptm(YamlMap m, long conc) throws ScenarioError {
        m.allowOnly(PTM_KEYS);
        long volumeNl = m.exactlyOneOf(VOLUME_OR_DOSE).equals("volume")
                ? m.requiredQuantity("volume", QuantityKind.VOLUME)
                : Math.multiplyExact(m.requiredQuantity("dose", QuantityKind.MASS), 1_000_000L) / conc;
        long perDay = m.requiredLong("max_per_day");
        if (perDay < 1 || perDay > Integer.MAX_VALUE) {
            throw m.required("max_per_day").error("expected a count of at least 1");
        }
        return new PtmLimits(
                volumeNl,
                m.requiredQuantity("duration", QuantityKind.DURATION),
                m.requiredQuantity("lockout", QuantityKind.DURATION),
                (int) perDay);
    }

    private static List<Therapy.FlexStep> steps(YamlList list, long conc) throws ScenarioError {
        if (list.isEmpty()) {
            throw list.error("expected at least one flex step");
        }
        List<Therapy.FlexStep> steps = new ArrayList<>();
        for (YamlValue v : list.items()) {
            YamlMap step = v.asMap();
            step.allowOnly(STEP_KEYS);
            steps.add(new Therapy.FlexStep(step.requiredQuantity("start", QuantityKind.TIME_OF_DAY), rate(step, conc)));
        }
        return steps;
    }

    private static long rate(YamlMap m, long conc) throws ScenarioError {
        String which = m.exactlyOneOf(RATE_OR_DOSE);
        if (which.equals("rate")) {
            return m.requiredQuantity("rate", QuantityKind.VOLUME_RATE);
        }
        return Prescription.rateForDoseNg(m.requiredQuantity("dose", QuantityKind.DOSE_RATE), conc);
    }

    private static void forbid(YamlMap m, String... keys) throws ScenarioError {
        for (String k : keys) {
            if (m.has(k)) {
                throw m.required(k).error("does not apply to mode " + m.requiredString("mode"));
            }
        }
    }
}
