package io.itddsim.sim.fault;

import io.itddsim.sim.plant.Plant;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.sim.random.SplitMix64;

/**
 * What a mechanism is built against: the plant it acts on, the pump's profile, its own random
 * stream, and whether the drug in the pump is used off-label (gear corrosion is faster then).
 */
record FaultTarget(Plant plant, PumpProfile profile, SplitMix64 random, boolean offLabelDrug) {}
