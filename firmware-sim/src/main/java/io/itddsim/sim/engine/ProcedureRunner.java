package io.itddsim.sim.engine;

import io.itddsim.sim.SimInputException;
import io.itddsim.sim.firmware.CommandResult;
import io.itddsim.sim.firmware.Firmware;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.plant.Plant;
import io.itddsim.sim.plant.RefillProcedure;

/**
 * Applies a command to the pump. Most commands are only messages to the firmware; a refill is also
 * a physical act. The clinician's hands act on the plant first (aspirate, inject wherever the
 * needle really is), and only what the clinician then enters, including the aspirated volume read
 * off the syringe, reaches the firmware.
 */
final class ProcedureRunner implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Plant plant;
    private final Firmware firmware;

    ProcedureRunner(Plant plant, Firmware firmware) {
        this.plant = plant;
        this.firmware = firmware;
    }

    CommandResult apply(PumpCommand command, long nowUs) {
        if (command instanceof PumpCommand.Refill r) {
            // the programmer checks the entries before anyone touches the pump: a refused refill changes nothing
            try {
                firmware.checkRefill(r);
            } catch (SimInputException e) {
                return firmware.apply(r, nowUs); // logs and reports the same refusal
            }
            long aspirated = RefillProcedure.perform(
                    plant, r.route(), r.aspirateNl(), r.addedNl(), r.drugConcentrationUgPerMl());
            return firmware.apply(r.withAspirated(aspirated), nowUs);
        }
        return firmware.apply(command, nowUs);
    }
}
