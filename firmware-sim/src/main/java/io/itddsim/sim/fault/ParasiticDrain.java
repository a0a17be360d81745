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

    ParasiticDrain(Battery battery, long currentNa) {
        this.battery = battery;
        this.currentNa = currentNa;
    }

    @Override
    void start(long nowUs) {
        battery.setParasiticCurrentNa(battery.parasiticCurrentNa() + currentNa);
    }

    @Override
    void stop(long nowUs) {
        battery.setParasiticCurrentNa(battery.parasiticCurrentNa() - currentNa);
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(currentNa);
    }
}
