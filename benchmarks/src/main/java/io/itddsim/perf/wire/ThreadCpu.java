package io.itddsim.perf.wire;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time and allocated bytes of this JVM's threads by role, between two moments: the pump's sim
 * thread, the pump's TCP event loops, the clients' event loops, and the rest. Wall-clock latencies
 * on a shared machine measure the scheduler as much as the code; CPU time is what the code itself
 * costs, and allocation is what makes the garbage collector stop every thread.
 */
final class ThreadCpu {

    /** CPU nanoseconds and allocated bytes by role. */
    record Usage(
            long simNanos,
            long pumpIoNanos,
            long clientNanos,
            long otherNanos,
            long simBytes,
            long pumpIoBytes,
            long clientBytes) {
        Usage minus(Usage before) {
            return new Usage(
                    simNanos - before.simNanos,
                    pumpIoNanos - before.pumpIoNanos,
                    clientNanos - before.clientNanos,
                    otherNanos - before.otherNanos,
                    simBytes - before.simBytes,
                    pumpIoBytes - before.pumpIoBytes,
                    clientBytes - before.clientBytes);
        }

        Usage plus(Usage other) {
            return new Usage(
                    simNanos + other.simNanos,
                    pumpIoNanos + other.pumpIoNanos,
                    clientNanos + other.clientNanos,
                    otherNanos + other.otherNanos,
                    simBytes + other.simBytes,
                    pumpIoBytes + other.pumpIoBytes,
                    clientBytes + other.clientBytes);
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Map<Long, String> roles = new HashMap<>();

    private ThreadCpu() {}

    static ThreadCpu start() {
        return new ThreadCpu();
    }

    /** CPU used and bytes allocated so far by the live threads, by role (threads that ended are not counted). */
    Usage now() {
        long sim = 0;
        long io = 0;
        long client = 0;
        long other = 0;
        long simBytes = 0;
        long ioBytes = 0;
        long clientBytes = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long cpu = THREADS.getThreadCpuTime(t.getId());
            long bytes = THREADS.getThreadAllocatedBytes(t.getId());
            if (cpu < 0 || bytes < 0) {
                continue;
            }
            String role = roles.computeIfAbsent(t.getId(), id -> role(t.getName()));
            switch (role) {
                case "sim" -> {
                    sim += cpu;
                    simBytes += bytes;
                }
                case "io" -> {
                    io += cpu;
                    ioBytes += bytes;
                }
                case "client" -> {
                    client += cpu;
                    clientBytes += bytes;
                }
                default -> other += cpu;
            }
        }
        return new Usage(sim, io, client, other, simBytes, ioBytes, clientBytes);
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
