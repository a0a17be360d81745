package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.plant.RefillAccess;

/**
 * A refill error (DOMAIN.md 5) in force while the fault is active: every refill in that time goes
 * wrong in the same way, whatever the clinician intends. The needle lands in the tissue pocket
 * (pocket fill: up to ~1 in 10,000 refills) or in the catheter access port (wrong-port injection:
 * the refill goes straight to the spinal fluid), or the syringe holds another concentration than
 * its label and what is entered. The firmware is told only what the clinician enters and reads off
 * the aspiration syringe: a missed reservoir shows as a refill volume discrepancy; a wrong
 * concentration shows nowhere.
 */
final class RefillError extends FaultMechanism {
    private static final long serialVersionUID = 1L;

    /** What goes wrong. */
    enum Kind {
        POCKET_FILL,
        CATHETER_PORT,
        WRONG_CONCENTRATION
    }

    private final RefillAccess access;
    private final Kind kind;
    private final long concentrationPpm;
    private long previousConcentrationPpm;
    private boolean inForce;

    RefillError(RefillAccess access, Kind kind, long concentrationPpm) {
        this.access = access;
        this.kind = kind;
        this.concentrationPpm = concentrationPpm;
    }

    @Override
    void start(long nowUs) {
        switch (kind) {
            case POCKET_FILL -> access.missIntoPocket(true);
            case CATHETER_PORT -> access.missIntoCatheterPort(true);
            case WRONG_CONCENTRATION -> {
                previousConcentrationPpm = access.concentrationPpm();
                access.setConcentrationPpm(concentrationPpm);
            }
        }
        inForce = true;
    }

    @Override
    void stop(long nowUs) {
        switch (kind) {
            case POCKET_FILL -> access.missIntoPocket(false);
            case CATHETER_PORT -> access.missIntoCatheterPort(false);
            case WRONG_CONCENTRATION -> access.setConcentrationPpm(previousConcentrationPpm);
        }
        inForce = false;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(inForce).add(previousConcentrationPpm);
    }
}
