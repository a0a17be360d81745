package io.itddsim.sim.plant;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;

/**
 * Ground truth of where solution and drug went once they left the pump: into the spinal fluid
 * (intrathecal, the therapy) or anywhere else (tissue pocket, a leak). Cumulative, never averaged.
 */
public final class DrugLedger implements StateHashable {
    private long intrathecalNl;
    private long intrathecalPg;
    private long elsewhereNl;
    private long elsewherePg;

    void toSpinalFluid(long nl, long pg) {
        intrathecalNl += nl;
        intrathecalPg += pg;
    }

    /** Drug that left the system other than into the spinal fluid (e.g. into the tissue pocket). */
    public void toElsewhere(long nl, long pg) {
        elsewhereNl += nl;
        elsewherePg += pg;
    }

    public long intrathecalNl() { return intrathecalNl; }
    public long intrathecalPg() { return intrathecalPg; }
    public long elsewhereNl() { return elsewhereNl; }
    public long elsewherePg() { return elsewherePg; }

    @Override
    public void hashInto(StateDigest d) {
        d.section("ledger").add(intrathecalNl).add(intrathecalPg).add(elsewhereNl).add(elsewherePg);
    }
}
