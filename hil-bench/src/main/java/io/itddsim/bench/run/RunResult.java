package io.itddsim.bench.run;

import io.itddsim.sim.alarm.AlarmRecord;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.ScheduledCommand;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.fault.FaultRecord;
import io.itddsim.sim.firmware.RefillCheck;
import io.itddsim.sim.status.PumpStatus;
import java.util.List;
import java.util.Optional;

/**
 * What a run ended with: the pump's final {@link PumpStatus} (the firmware's beliefs next to the
 * plant's ground truth), the event log, every command with the pump's answer, the alarm history,
 * refill checks, fault records, the simulated patient's course if the run has one, and the state
 * hash. Immutable; safe to keep.
 */
public record RunResult(
        String scenarioName,
        String source,
        long seed,
        boolean fastForward,
        long ticksStepped,
        PumpStatus end,
        List<PumpEvent> events,
        List<ScheduledCommand> commands,
        List<AlarmRecord> alarms,
        long annunciations,
        List<RefillCheck> refills,
        List<FaultRecord> faults,
        String stateHash,
        Optional<PatientRecord> patient) {

    static RunResult of(RunPlan plan, PumpSimulator sim, boolean fastForward, Optional<PatientRecord> patient) {
        return new RunResult(
                plan.name(),
                plan.source(),
                plan.setup().seed(),
                fastForward,
                sim.ticksStepped(),
                sim.status(),
                List.copyOf(sim.events()),
                List.copyOf(sim.appliedCommands()),
                List.copyOf(sim.firmware().alarms().history()),
                sim.firmware().alarms().annunciations(),
                List.copyOf(sim.firmware().refillChecks()),
                List.copyOf(sim.faultRecords()),
                sim.stateHash(),
                patient);
    }

    public long refusedCommands() {
        return commands.stream().filter(c -> !c.result().accepted()).count();
    }
}
