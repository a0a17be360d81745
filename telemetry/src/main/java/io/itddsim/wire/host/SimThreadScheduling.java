package io.itddsim.wire.host;

import com.sun.jna.Library;
import com.sun.jna.Native;
import io.itddsim.proto.v1.PaceMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the sim thread in Linux's real-time scheduling class (SCHED_FIFO) while the pump follows
 * the wall clock at real time or slower, and back in the normal class otherwise.
 *
 * <p>Why: at 1 kHz a tick is due every millisecond, and on a bench machine whose cores are busy
 * with the pump's own event loops, its clients, or anything else, a normal thread waking from its
 * sleep waits for the scheduler to give it a core: measured, that made the loop's p99 lateness 6 to
 * 10 times what it was with no client (docs/PERFORMANCE.md, "Wire"). A real-time thread takes a core
 * the moment its tick is due. It is asked for, never assumed: Linux allows it to root or to a java
 * binary given CAP_SYS_NICE, and the kernel keeps 5% of every second for normal threads even then.
 * Free run, lockstep and real time faster than x1 run in the normal class, so a pump that runs flat
 * out never holds a core at real-time priority.
 */
final class SimThreadScheduling {

    private static final Logger log = LoggerFactory.getLogger(SimThreadScheduling.class);
    private static final int SCHED_OTHER = 0;
    private static final int SCHED_FIFO = 1;

    /** The one call this needs from the C library; pid 0 is the calling thread. */
    interface Scheduler extends Library {
        int sched_setscheduler(int pid, int policy, int[] param);

        String strerror(int error);
    }

    private final int priority;
    private final String name;
    private Scheduler scheduler;
    private boolean realTimeNow;
    private boolean failed;

    /**
     * @param priority the SCHED_FIFO priority asked for, 1 to 99 ({@link HostConfig} checks it), or 0
     *     never to ask
     * @param name     the pump, for the log
     */
    SimThreadScheduling(int priority, String name) {
        this.priority = priority;
        this.name = name;
    }

    /** Sim thread, every turn: switches class when the pace now asks for the other one. */
    void follow(Pacing pace) {
        boolean wanted = priority > 0 && !failed && asksForRealTime(pace);
        if (wanted == realTimeNow) {
            return;
        }
        String error = set(wanted ? SCHED_FIFO : SCHED_OTHER, wanted ? priority : 0);
        if (error == null) {
            realTimeNow = wanted;
            log.info("pump {}: sim thread {}", name, wanted ? "real-time (SCHED_FIFO " + priority + ")" : "normal");
        } else if (wanted) {
            failed = true;
            log.warn(
                    "pump {}: the sim thread stays in the normal scheduling class: {}; real-time priority needs"
                            + " root, or `setcap cap_sys_nice+ep` on the java binary",
                    name,
                    error);
        } else {
            log.error("pump {}: could not return the sim thread to the normal scheduling class: {}", name, error);
        }
    }

    private static boolean asksForRealTime(Pacing pace) {
        return pace.mode() == PaceMode.PACE_MODE_REAL_TIME && pace.factorThousandths() <= 1000;
    }

    /** Null when done, or why not. */
    private String set(int policy, int schedPriority) {
        try {
            if (scheduler == null) {
                scheduler = Native.load("c", Scheduler.class);
            }
            if (scheduler.sched_setscheduler(0, policy, new int[] {schedPriority}) == 0) {
                return null;
            }
            int errno = Native.getLastError();
            return scheduler.strerror(errno) + " (errno " + errno + ")";
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return "this platform has no sched_setscheduler: " + e.getMessage();
        }
    }
}
