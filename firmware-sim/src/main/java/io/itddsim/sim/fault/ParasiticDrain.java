package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.plant.Battery;

/**
 * Premature battery depletion (2011 advisory; DOMAIN.md 1): the defective cell loses charge
 * internally, modelled as a continuous extra current. The firmware's hourly battery check sees the
 * voltage reach the elective replacement indicator and end of service early.
 */
final class ParasiticDrain extends FaultMechanism {
    private static final long serialVersionUID = 1L;
    private final Battery battery;
    private final long currentNa;
    private long appliedNa;

    ParasiticDrain(Battery battery, long currentNa) {
        this.battery = battery;
        this.currentNa = currentNa;
    }

    @Override
    void start(long nowUs) {
        appliedNa = Math.min(currentNa, Battery.MAX_PARASITIC_NA - battery.parasiticCurrentNa());
        battery.setParasiticCurrentNa(battery.parasiticCurrentNa() + appliedNa);
    }

    @Override
    void stop(long nowUs) {
        battery.setParasiticCurrentNa(battery.parasiticCurrentNa() - appliedNa);
        appliedNa = 0;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(appliedNa);
    }
}
