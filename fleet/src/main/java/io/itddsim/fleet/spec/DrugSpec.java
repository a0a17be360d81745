package io.itddsim.fleet.spec;

import io.itddsim.sim.fault.DrugLabel;
import java.io.Serializable;

/**
 * One drug of a cohort's mix: its share of the cohort's pumps, its concentration and daily dose
 * (each a distribution), and how long it keeps in the pump.
 *
 * @param drug                 name as programmed (labelled on or off by the catalogue's rule)
 * @param share                share of the cohort's pumps filled with it
 * @param concentrationUgPerMl distribution of the concentration, ug/mL
 * @param doseNgPerDay         distribution of the daily dose, ng/day
 * @param maxRefillIntervalUs  the drug's stability limit in the pump (0: none)
 */
public record DrugSpec(
        String drug, double share, Dist concentrationUgPerMl, Dist doseNgPerDay, long maxRefillIntervalUs)
        implements Serializable {

    public boolean offLabel() {
        return DrugLabel.offLabel(drug);
    }
}
