package io.itddsim.sim.status;

/**
 * What really happened in the plant (ground truth). A bench compares it with the firmware's
 * belief; a real pump cannot report any of it.
 *
 * @param reservoirActualNl  volume really in the reservoir
 * @param intrathecalNl      volume that reached the spinal fluid through the catheter tip
 * @param elsewhereNl        volume that went anywhere else: a leak, a disconnected catheter, a
 *                           pocket fill
 * @param intrathecalDrugPg  drug mass that reached the spinal fluid
 * @param elsewhereDrugPg    drug mass that went elsewhere
 * @param batteryRestingMv   the battery's terminal voltage at rest (no motor or tone load; a
 *                           parasitic drain, if any, still acts)
 * @param batteryConsumedNc  charge drawn from the battery since it was new, in nanocoulombs
 */
public record PlantTruth(
        long reservoirActualNl,
        long intrathecalNl,
        long elsewhereNl,
        long intrathecalDrugPg,
        long elsewhereDrugPg,
        long batteryRestingMv,
        long batteryConsumedNc) {}
