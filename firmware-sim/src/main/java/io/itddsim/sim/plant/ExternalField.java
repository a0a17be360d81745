package io.itddsim.sim.plant;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;

/**
 * A strong static magnetic field around the pump (an MRI scanner). The pump's telemetry sensor
 * responds to it as to a programmer: this is what the firmware can sense of an MRI (DOMAIN.md 4).
 * Sources are counted, so overlapping ones each need removing. Fault state: hashed only when present.
 */
public final class ExternalField implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private int sources;

    public void on() {
        sources++;
    }

    public void off() {
        if (sources == 0) {
            throw new IllegalStateException("no external field is present");
        }
        sources--;
    }

    public boolean present() {
        return sources > 0;
    }

    @Override
    public void hashInto(StateDigest d) {
        if (sources != 0) {
            d.section("field.fault").add(sources);
        }
    }
}
