package io.itddsim.sim.plant;

import io.itddsim.sim.firmware.RefillRoute;
import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;

/**
 * The physical circumstances of the next refills that the clinician does not see: where the needle
 * really ends up (a pump flipped in its pocket, a misread template: DOMAIN.md 5, pocket fill and
 * wrong-port injection), and what the syringe really holds (a wrong concentration drawn up). Fault
 * state only; a sound procedure leaves both as the clinician intends, and hashes as nothing.
 */
public final class RefillAccess implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private int pocketMisses;
    private int portMisses;
    private long concentrationPpm = 1_000_000;

    /** Where the needle delivers, given where the clinician aims it. */
    RefillRoute actualRoute(RefillRoute intended) {
        if (pocketMisses > 0) {
            return RefillRoute.POCKET; // the needle never reaches the reservoir, whatever port was aimed at
        }
        if (portMisses > 0) {
            return RefillRoute.CATHETER_ACCESS_PORT;
        }
        return intended;
    }

    /** What the syringe really holds, given its label. */
    long actualConcentrationUgPerMl(long labelledUgPerMl) {
        return concentrationPpm == 1_000_000
                ? labelledUgPerMl
                : Math.multiplyExact(labelledUgPerMl, concentrationPpm) / 1_000_000;
    }

    /** While set, refill needles end in the tissue pocket. Counted, so overlapping causes each need lifting. */
    public void missIntoPocket(boolean on) {
        pocketMisses = adjust(pocketMisses, on);
    }

    /** While set, refill needles enter the catheter access port instead of the reservoir. */
    public void missIntoCatheterPort(boolean on) {
        portMisses = adjust(portMisses, on);
    }

    /** The syringe holds this share of its labelled concentration (1,000,000 when right). */
    public void setConcentrationPpm(long ppm) {
        if (ppm < 0) {
            throw new IllegalArgumentException("concentration share must not be negative: " + ppm);
        }
        concentrationPpm = ppm;
    }

    public long concentrationPpm() {
        return concentrationPpm;
    }

    private static int adjust(int count, boolean on) {
        if (!on && count == 0) {
            throw new IllegalStateException("no such misdirection is in force");
        }
        return on ? count + 1 : count - 1;
    }

    @Override
    public void hashInto(StateDigest d) {
        if (pocketMisses != 0 || portMisses != 0 || concentrationPpm != 1_000_000) {
            d.section("refill-access.fault").add(pocketMisses).add(portMisses).add(concentrationPpm);
        }
    }
}
