package io.itddsim.bench.run;

import io.itddsim.sim.alarm.AlarmRecord;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.ScheduledCommand;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.fault.FaultRecord;
import io.itddsim.sim.firmware.Firmware;
import io.itddsim.sim.firmware.InfusionMode;
import io.itddsim.sim.firmware.RefillCheck;
import io.itddsim.sim.plant.Plant;
import java.util.List;

/**
 * What a run ended with: the firmware's beliefs next to the plant's ground truth, the event log,
 * every command with the pump's answer, and the state hash. Immutable; safe to keep.
 */
public record RunResult(
        String scenarioName,
        String source,
        long seed,
        boolean fastForward,
        long simTimeUs,
        long ticks,
        long ticksStepped,
        long programmedNl,
        long commandedNl,
        long strokes,
        long deliveredNl,
        long reservoirActualNl,
        long reservoirEstimatedNl,
        long drugDeliveredPg,
        long drugElsewherePg,
        long batteryMv,
        boolean eri,
        boolean eos,
        InfusionMode mode,
        boolean stallDetected,
        List<PumpEvent> events,
        List<ScheduledCommand> commands,
        List<AlarmRecord> alarms,
        long annunciations,
        List<RefillCheck> refills,
        List<FaultRecord> faults,
        String stateHash) {

    static RunResult of(Scenario s, PumpSimulator sim, boolean fastForward) {
        Firmware fw = sim.firmware();
        Plant plant = sim.plant();
        return new RunResult(s.name(), s.source(), s.setup().seed(), fastForward, sim.nowUs(), sim.ticks(),
                sim.ticksStepped(), fw.programmedNl(), fw.commandedNl(), fw.strokesCommanded(),
                plant.ledger().intrathecalNl(), plant.reservoir().volumeNl(), fw.reservoirEstimateNl(),
                plant.ledger().intrathecalPg(), plant.ledger().elsewherePg(), plant.battery().terminalMv(0), fw.eri(),
                fw.eos(), fw.mode(), fw.stallDetected(), List.copyOf(sim.events()), List.copyOf(sim.appliedCommands()),
                List.copyOf(fw.alarms().history()), fw.alarms().annunciations(), List.copyOf(fw.refillChecks()),
                List.copyOf(sim.faultRecords()), sim.stateHash());
    }

    public long refusedCommands() {
        return commands.stream().filter(c -> !c.result().accepted()).count();
    }
}
