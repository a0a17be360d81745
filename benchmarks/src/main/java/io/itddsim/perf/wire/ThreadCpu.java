package io.itddsim.perf.wire;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of this JVM's threads by role, between two moments: the pump's sim thread, the pump's
 * TCP event loops, the clients' event loops, and the rest. Wall-clock latencies on a shared
 * machine measure the scheduler as much as the code; CPU time is what the code itself costs.
 */
final class ThreadCpu {

    /** CPU nanoseconds by role. */
    record Usage(long simNanos, long pumpIoNanos, long clientNanos, long otherNanos) {
        Usage minus(Usage before) {
            return new Usage(
                    simNanos - before.simNanos,
                    pumpIoNanos - before.pumpIoNanos,
                    clientNanos - before.clientNanos,
                    otherNanos - before.otherNanos);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, String> roles = new HashMap<>();

    private ThreadCpu() {}

    static ThreadCpu start() {
        return new ThreadCpu();
    }

    /** CPU used so far by the live threads, by role (threads that ended are not counted). */
    Usage now() {
        long sim = 0;
        long io = 0;
        long client = 0;
        long other = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long cpu = THREADS.getThreadCpuTime(t.getId());
            if (cpu < 0) {
                continue;
            }
            String role = roles.computeIfAbsent(t.getId(), id -> role(t.getName()));
            switch (role) {
                case "sim" -> sim += cpu;
                case "io" -> io += cpu;
                case "client" -> client += cpu;
                default -> other += cpu;
            }
        }
        return new Usage(sim, io, client, other);
    }

    private static String role(String name) {
        if (name.startsWith("pump-host-")) {
            return "sim";
        }
        if (name.startsWith("itdd-tcp-")) {
            return "io";
        }
        if (name.startsWith("itdd-client")) {
            return "client";
        }
        return "other";
    }
}
