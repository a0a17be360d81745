package io.itddsim.perf.jmh;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.plant.Reservoir;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One simulator per benchmark thread, built once per trial so that construction (profile checks,
 * the object graph) is neither timed nor counted in bytes per tick. Fast-forward is off: every
 * tick runs the full inputs / control / plant / sense / output sequence.
 */
@State(Scope.Thread)
public class SteppedPump {
    /** nL/day: the typical rate, and the maximum rate where the motor runs ~11% of the time. */
    @Param({"500000", "24000000"})
    public long rateNlPerDay;

    /** No fault, or faults armed that stay idle (BenchScenario#idleFaults). */
    @Param({BenchScenario.NO_FAULTS, BenchScenario.IDLE_FAULTS})
    public String faults;

    PumpSimulator sim;

    @Setup(Level.Trial)
    public void build() {
        sim = BenchScenario.fullPump(rateNlPerDay, faults);
        sim.setFastForward(false);
    }

    /**
     * Refills the reservoir before each iteration. At 24 mL/day a 40 mL pump is dry after ~1.7 sim
     * days (~144 M ticks), less than a few seconds of benchmarking; a dry pump still drives its
     * motor but skips the reservoir and catheter arithmetic, which would flatter the figure. This is
     * the plant side of a refill only: the firmware's volume estimate is display-only and does not
     * steer dosing, so leaving it unaware changes no tick's work. Allocation-free.
     */
    @Setup(Level.Iteration)
    public void refill() {
        Reservoir r = sim.plant().reservoir();
        r.add(r.capacityNl() - r.volumeNl(), BenchScenario.MORPHINE_UG_PER_ML);
    }

    /**
     * Fails the run rather than report a figure for a different workload: the reservoir must not
     * have run dry within the iteration, the motor must not have stalled, and fast-forward must not
     * have skipped anything.
     */
    @TearDown(Level.Iteration)
    public void checkWorkload() {
        if (sim.plant().reservoir().volumeNl() == 0) {
            throw new IllegalStateException("reservoir ran dry within one iteration; shorten -r");
        }
        if (sim.firmware().stallDetected()) {
            throw new IllegalStateException("motor stalled: the benchmark no longer measures normal pumping");
        }
        if (!sim.faultRecords().isEmpty()) {
            throw new IllegalStateException("an armed fault became active: " + sim.faultRecords());
        }
        if (sim.ticksStepped() != sim.ticks()) {
            throw new IllegalStateException("fast-forward skipped " + (sim.ticks() - sim.ticksStepped()) + " ticks");
        }
    }
}
