package io.itddsim.sim.firmware;

/**
 * Where the refill needle actually delivered the drug. Only the plant knows: the firmware is told
 * the volumes the clinician enters and cannot see where the drug went (DOMAIN.md 5).
 */
public enum RefillRoute {
    /** Through the reservoir septum to the needle stop: the intended procedure. */
    RESERVOIR,
    /** Into the subcutaneous pocket around the pump: drug goes to tissue (pocket fill). */
    POCKET,
    /** Through the catheter access port: drug goes straight to the spinal fluid. */
    CATHETER_ACCESS_PORT
}
