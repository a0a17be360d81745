package io.itddsim.sim.engine;

import io.itddsim.sim.firmware.Firmware;
import io.itddsim.sim.plant.DrugLedger;
import io.itddsim.sim.plant.Plant;
import io.itddsim.sim.status.BatteryIndicator;
import io.itddsim.sim.status.FirmwareBelief;
import io.itddsim.sim.status.MotorState;
import io.itddsim.sim.status.PlantTruth;
import io.itddsim.sim.status.PumpStatus;
import java.util.Optional;

/** Reads a {@link PumpStatus} off the simulator: the one place that knows where each quantity lives. */
final class StatusReader {
    private StatusReader() {}

    static PumpStatus read(PumpSimulator sim) {
        Firmware fw = sim.firmware();
        Plant plant = sim.plant();
        DrugLedger ledger = plant.ledger();
        FirmwareBelief belief = new FirmwareBelief(
                fw.mode(),
                fw.prescription().drug(),
                fw.programmedNl(),
                fw.commandedNl(),
                fw.strokesCommanded(),
                fw.reservoirEstimateNl(),
                motor(fw),
                fw.lastBatteryMv(),
                battery(fw));
        PlantTruth truth = new PlantTruth(
                plant.reservoir().volumeNl(),
                ledger.intrathecalNl(),
                ledger.elsewhereNl(),
                ledger.intrathecalPg(),
                ledger.elsewherePg(),
                plant.battery().terminalMv(0),
                plant.battery().consumedNc());
        return new PumpStatus(
                sim.nowUs(),
                sim.ticks(),
                belief,
                truth,
                fw.alarms().active(),
                sim.activeFaultNames(),
                fw.eventLog().size(),
                sim.patient() == null
                        ? Optional.empty()
                        : Optional.of(sim.patient().status()));
    }

    private static MotorState motor(Firmware fw) {
        if (fw.stallDetected()) {
            return MotorState.STALLED;
        }
        return fw.motorRunning() ? MotorState.DRIVING : MotorState.IDLE;
    }

    private static BatteryIndicator battery(Firmware fw) {
        if (fw.eos()) {
            return BatteryIndicator.EOS;
        }
        return fw.eri() ? BatteryIndicator.ERI : BatteryIndicator.OK;
    }
}
