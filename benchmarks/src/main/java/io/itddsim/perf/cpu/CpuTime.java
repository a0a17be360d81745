package io.itddsim.perf.cpu;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.fault.FaultCondition;
import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.fault.FaultSchedule;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.profile.PumpProfile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The JMH figures measured again in the benchmark thread's CPU time, not wall time: on a machine
 * shared with other builds, wall time measures the scheduler as much as the code, and a thread's
 * CPU time does not count the time it waited for a core (docs/PERFORMANCE.md). Same workloads as
 * the JMH benchmarks; each case warms up, then prints the median and range of its samples.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.itddsim.perf.cpu.CpuTime stepped RATE none|armed-idle
 * java -cp benchmarks/target/benchmarks.jar io.itddsim.perf.cpu.CpuTime life RATE DAYS
 * java -cp benchmarks/target/benchmarks.jar io.itddsim.perf.cpu.CpuTime ninety none|armed-idle
 * java -cp benchmarks/target/benchmarks.jar io.itddsim.perf.cpu.CpuTime years THREADS
 * java -cp benchmarks/target/benchmarks.jar io.itddsim.perf.cpu.CpuTime floor RATE
 * </pre>
 * Run each case in its own JVM (as above), as JMH forks do, so one case's profile does not shape
 * another's compiled code.
 */
public final class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long DAY_US = PumpProfile.US_PER_DAY;
    private static final int SAMPLES = 21;

    private CpuTime() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: CpuTime stepped RATE none|armed-idle | life RATE DAYS | ninety none|armed-idle"
                    + " | years THREADS | floor RATE");
            System.exit(2);
        }
        if (args[0].equals("years")) {
            years(Integer.parseInt(args[1]));
            return;
        }
        double[] samples = switch (args[0]) {
            case "stepped" -> stepped(Long.parseLong(args[1]), args.length > 2 && args[2].equals("armed-idle"));
            case "life" -> life(Long.parseLong(args[1]), Long.parseLong(args[2]));
            case "ninety" -> ninety(args[1].equals("armed-idle"));
            case "floor" -> floor(Long.parseLong(args[1]));
            default -> throw new IllegalArgumentException("case: expected stepped, life or floor, got " + args[0]);
        };
        Arrays.sort(samples);
        String unit = args[0].equals("life") || args[0].equals("ninety")
                ? "ms CPU per run"
                : args[0].equals("floor") ? "ns CPU per tick" : "M ticks per CPU second";
        System.out.printf(
                Locale.ROOT,
                "%s: median %.3f %s (min %.3f, max %.3f, %d samples after warm-up); load %s%n",
                String.join(" ", args),
                samples[samples.length / 2],
                unit,
                samples[0],
                samples[samples.length - 1],
                samples.length,
                loadAverage());
    }

    /** Stepped ticks per CPU second, 10 M ticks a sample, fast-forward off (as SteppedTicksBenchmark). */
    private static double[] stepped(long rate, boolean idleFaults) {
        PumpSimulator sim = pump(rate);
        if (idleFaults) {
            armIdleFaults(sim);
        }
        sim.setFastForward(false);
        double[] out = new double[SAMPLES];
        for (int i = -SAMPLES; i < SAMPLES; i++) { // the first SAMPLES warm up
            var r = sim.plant().reservoir();
            r.add(r.capacityNl() - r.volumeNl(), 25_000);
            long cpu = THREADS.getCurrentThreadCpuTime();
            sim.step(10_000_000);
            double mTicksPerS = 10_000_000 / ((THREADS.getCurrentThreadCpuTime() - cpu) / 1e3);
            if (i >= 0) {
                out[i] = mTicksPerS;
            }
        }
        return out;
    }

    /** CPU milliseconds of a refilled pump's life of DAYS days with fast-forward (as LongRunBenchmark). */
    private static double[] life(long rate, long days) {
        double[] out = new double[SAMPLES];
        int warmUp = (int) Math.max(3 * SAMPLES, 40 * 365 / days); // at least 40 simulated years
        for (int i = -warmUp; i < SAMPLES; i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            refilledLife(rate, days);
            double ms = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
            if (i >= 0) {
                out[i] = ms;
            }
        }
        return out;
    }

    /**
     * Pump-years on {@code threads} threads at once, each its own pumps (a refilled year at
     * 0.5 mL/day, as LongRunBenchmark's): each thread's CPU per pump-year, and pump-years per
     * second of wall time for all of them together.
     */
    private static void years(int threads) throws InterruptedException {
        int perThread = 200;
        life(500_000, 365); // warm up on this thread first
        double[] cpuMsPerYear = new double[threads];
        Thread[] workers = new Thread[threads];
        long wall = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            int k = i;
            workers[i] = new Thread(() -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                for (int y = 0; y < perThread; y++) {
                    refilledLife(500_000, 365);
                }
                cpuMsPerYear[k] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / perThread;
            });
            workers[i].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "years %d: %.1f pump-years per wall second; CPU per pump-year by thread %s ms;" + " load %s%n",
                threads,
                threads * perThread / seconds,
                Arrays.toString(Arrays.stream(cpuMsPerYear)
                        .map(v -> Math.round(v * 100) / 100.0)
                        .toArray()),
                loadAverage());
    }

    /** A refilled pump's life of {@code days} (as LongRunBenchmark's), run to its end. */
    private static void refilledLife(long rate, long days) {
        PumpSimulator sim = pump(rate);
        long intervalUs = Math.min(60, 37_000_000 / rate) * DAY_US;
        for (long t = intervalUs; t < days * DAY_US; t += intervalUs) {
            sim.schedule(t, PumpCommand.Refill.ofReservoir(39_000_000, 25_000, t + intervalUs - DAY_US));
            sim.schedule(t + 600_000_000L, new PumpCommand.Interrogate());
        }
        sim.runUntil(days * DAY_US);
    }

    /**
     * CPU milliseconds of NinetyDayRunBenchmark's run: a full pump, no refill, 90 days at
     * 0.5 mL/day (it runs empty near the end), with or without the idle faults armed.
     */
    private static double[] ninety(boolean idleFaults) {
        double[] out = new double[SAMPLES];
        for (int i = -160; i < SAMPLES; i++) { // 40 simulated years of warm-up
            long cpu = THREADS.getCurrentThreadCpuTime();
            PumpSimulator sim = pump(500_000);
            if (idleFaults) {
                armIdleFaults(sim);
            }
            sim.runUntil(90 * DAY_US);
            double ms = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
            if (i >= 0) {
                out[i] = ms;
            }
        }
        return out;
    }

    /** CPU nanoseconds per tick of the bare stroke arithmetic (as FloorBenchmark.tickLoop). */
    private static double[] floor(long rate) {
        long increment = rate * 1_000;
        long stroke = 240 * DAY_US;
        long owed = 0;
        long reservoir = Long.MAX_VALUE / 2;
        double[] out = new double[SAMPLES];
        for (int i = -SAMPLES; i < SAMPLES; i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            for (int t = 0; t < 100_000_000; t++) {
                owed += increment;
                if (owed >= stroke) {
                    owed -= stroke;
                    reservoir -= 240;
                }
            }
            double ns = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e8;
            if (i >= 0) {
                out[i] = ns;
            }
        }
        if (reservoir == 42) { // keeps the loop's result alive
            System.out.print("");
        }
        return out;
    }

    private static PumpSimulator pump(long rate) {
        return PumpSimulator.create(SimulationSetup.inService(
                PumpProfile.synchroMed40ml(),
                20_240_601L,
                40_000_000,
                Prescription.continuous("morphine", 25_000, rate)));
    }

    /** The three idle faults of the JMH benchmarks (BenchScenario.armIdleFaults). */
    private static void armIdleFaults(PumpSimulator sim) {
        sim.armFault(FaultSpec.of(FaultKind.MOTOR_STALL_PERMANENT, FaultSchedule.at(10_000 * DAY_US)));
        sim.armFault(FaultSpec.of(
                FaultKind.CATHETER_OCCLUSION,
                FaultSchedule.now()
                        .when(new FaultCondition.Threshold(
                                FaultCondition.Quantity.DELIVERED,
                                FaultCondition.Comparison.AT_LEAST,
                                10_000_000_000L))));
        sim.armFault(FaultSpec.of(
                FaultKind.CATHETER_LEAK,
                FaultSchedule.now().when(new FaultCondition.AfterEvent(EventType.MEMORY_ERROR))));
    }

    private static String loadAverage() {
        return String.format(
                Locale.ROOT,
                "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
