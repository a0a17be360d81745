package io.itddsim.fleet.spec;

import io.itddsim.sim.fault.FaultKind;
import java.io.Serializable;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One degradation mechanism of the fleet model: which catalogue fault it arms on the pump's plant
 * (docs/FAULTS.md), when it begins in a pump's life, how an off-label drug or a particular drug
 * changes that, and how its parameters vary from pump to pump. The pump's firmware then finds it,
 * or not, as in any run.
 *
 * @param name                name in the fleet file and in outcomes (also the armed fault's name)
 * @param fault               the catalogue entry it arms
 * @param onset               when it begins (age since implant)
 * @param offLabelHazardRatio hazard multiplier for a pump filled with an off-label drug
 * @param drugHazardRatios    hazard multipliers for particular drugs (lower case), on top of it
 * @param parameters          the fault's parameters, each a distribution in the parameter's unit
 */
public record MechanismSpec(
        String name,
        FaultKind fault,
        Onset onset,
        double offLabelHazardRatio,
        Map<String, Double> drugHazardRatios,
        SortedMap<String, Dist> parameters)
        implements Serializable {
    public MechanismSpec {
        drugHazardRatios = Map.copyOf(drugHazardRatios);
        parameters = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }

    /** The hazard ratio of this mechanism for a pump filled with {@code drug}. */
    public double hazardRatio(String drug, boolean offLabel) {
        double hr = offLabel ? offLabelHazardRatio : 1.0;
        return hr * drugHazardRatios.getOrDefault(drug.toLowerCase(java.util.Locale.ROOT), 1.0);
    }
}
