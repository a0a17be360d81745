package io.itddsim.sim.plant;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;

/**
 * Ground truth of where solution and drug went once they left the pump: into the spinal fluid
 * (intrathecal, the therapy) or anywhere else (tissue pocket, a leak). Cumulative, never averaged.
 */
public final class DrugLedger implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private long intrathecalNl;
    private long intrathecalPg;
    private long elsewhereNl;
    private long elsewherePg;
    private long aspiratedNl;
    private long aspiratedPg;

    void toSpinalFluid(long nl, long pg) {
        intrathecalNl += nl;
        intrathecalPg += pg;
    }

    /** Drug that left the system other than into the spinal fluid (e.g. into the tissue pocket). */
    public void toElsewhere(long nl, long pg) {
        elsewhereNl += nl;
        elsewherePg += pg;
    }

    /** Solution drawn out of the pump by syringe at a refill. */
    void toSyringe(long nl, long pg) {
        aspiratedNl += nl;
        aspiratedPg += pg;
    }

    public long aspiratedNl() {
        return aspiratedNl;
    }

    public long aspiratedPg() {
        return aspiratedPg;
    }

    public long intrathecalNl() {
        return intrathecalNl;
    }

    public long intrathecalPg() {
        return intrathecalPg;
    }

    public long elsewhereNl() {
        return elsewhereNl;
    }

    public long elsewherePg() {
        return elsewherePg;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("ledger")
                .add(intrathecalNl)
                .add(intrathecalPg)
                .add(elsewhereNl)
                .add(elsewherePg)
                .add(aspiratedNl)
                .add(aspiratedPg);
    }
}
