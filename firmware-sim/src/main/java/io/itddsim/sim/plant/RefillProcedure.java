package io.itddsim.sim.plant;

import io.itddsim.sim.firmware.RefillRoute;

/**
 * What physically happens at a refill, by where the needle really was. Returns the volume the
 * clinician sees in the aspiration syringe; that number, not the truth, is what reaches the
 * firmware.
 */
public final class RefillProcedure {
    /** Aspirate everything the needle can reach. */
    public static final long ASPIRATE_ALL = -1;

    private RefillProcedure() {}

    /**
     * @param aspirateNl  volume to draw out first, or {@link #ASPIRATE_ALL}
     * @param addedNl     volume injected
     * @param concentrationUgPerMl true concentration of what is injected
     * @return the volume aspirated
     */
    public static long perform(
            Plant plant, RefillRoute route, long aspirateNl, long addedNl, long concentrationUgPerMl) {
        DrugLedger ledger = plant.ledger();
        // what the clinician cannot see: where the needle really is, what the syringe really holds (faults)
        RefillRoute actualRoute = plant.refillAccess().actualRoute(route);
        long actualUgPerMl = plant.refillAccess().actualConcentrationUgPerMl(concentrationUgPerMl);
        return performAt(plant, ledger, actualRoute, aspirateNl, addedNl, actualUgPerMl);
    }

    private static long performAt(
            Plant plant,
            DrugLedger ledger,
            RefillRoute route,
            long aspirateNl,
            long addedNl,
            long concentrationUgPerMl) {
        long injectedPg = Math.multiplyExact(addedNl, concentrationUgPerMl);
        switch (route) {
            case RESERVOIR -> {
                Reservoir r = plant.reservoir();
                r.withdrawBulk(aspirateNl == ASPIRATE_ALL ? r.volumeNl() : aspirateNl);
                long aspirated = r.lastWithdrawnNl();
                ledger.toSyringe(aspirated, r.lastWithdrawnPg());
                long spilled = r.addUpToCapacity(addedNl, concentrationUgPerMl);
                // an overfilled reservoir backs up out of the septum into the pocket
                ledger.toElsewhere(spilled, Math.multiplyExact(spilled, concentrationUgPerMl));
                return aspirated;
            }
            case POCKET -> {
                ledger.toElsewhere(addedNl, injectedPg); // the needle never reached the reservoir
                return 0;
            }
            case CATHETER_ACCESS_PORT -> {
                Catheter c = plant.catheter();
                c.pushBulk(addedNl, injectedPg); // the old contents, then the new drug, go to the spinal fluid
                ledger.toSpinalFluid(c.lastOutNl(), c.lastOutPg());
                return 0;
            }
            default -> throw new IllegalArgumentException("route " + route);
        }
    }
}
