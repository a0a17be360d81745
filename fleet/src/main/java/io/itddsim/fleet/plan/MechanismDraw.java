package io.itddsim.fleet.plan;

import io.itddsim.sim.fault.FaultKind;
import java.io.Serializable;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one pump drew for one degradation mechanism: when it begins (age since implant) and with
 * which parameters. Drawn for every mechanism of every pump, armed on the pump only when it begins
 * within the pump's follow-up.
 *
 * @param name       the mechanism's name (also the armed fault's name)
 * @param fault      the catalogue fault it arms
 * @param onsetAgeUs age at onset, microseconds since implant ({@link Long#MAX_VALUE}: never)
 * @param armed      true if the onset falls within the follow-up, so the fault is in the run plan
 * @param parameters the fault's parameters as drawn
 */
public record MechanismDraw(
        String name, FaultKind fault, long onsetAgeUs, boolean armed, SortedMap<String, Long> parameters)
        implements Serializable {
    public MechanismDraw {
        parameters = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }
}
