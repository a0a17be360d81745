package io.itddsim.wire.session;

import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import java.util.EnumSet;
import java.util.Set;

/**
 * What one session receives: which streams, and status samples no more often than every
 * {@code statusIntervalUs} of sim time (a multiple of the host's sampling interval).
 */
public record Subscription(boolean status, boolean alarms, boolean log, long statusIntervalUs) {

    public static final Subscription NONE = new Subscription(false, false, false, 0);

    /**
     * The subscription a Subscribe asks for, its interval rounded up to the host's sampling
     * interval (0 takes the host's). Unknown stream kinds (a newer schema) are ignored.
     */
    public static Subscription of(Subscribe subscribe, long hostSampleIntervalUs) {
        Set<StreamKind> kinds = EnumSet.noneOf(StreamKind.class);
        for (StreamKind kind : subscribe.getKindsList()) {
            if (kind != StreamKind.UNRECOGNIZED) {
                kinds.add(kind);
            }
        }
        long asked = subscribe.getStatusMinIntervalUs();
        long interval;
        if (asked <= 0) {
            // 0 lets the pump choose; a uint64 over 2^63 arrives negative and means "rarely"
            interval = asked == 0 ? hostSampleIntervalUs : Long.MAX_VALUE / 2;
        } else {
            long multiples = (asked + hostSampleIntervalUs - 1) / hostSampleIntervalUs;
            interval = Math.multiplyHigh(multiples, hostSampleIntervalUs) != 0
                    ? Long.MAX_VALUE / 2
                    : multiples * hostSampleIntervalUs;
        }
        return new Subscription(
                kinds.contains(StreamKind.STREAM_KIND_STATUS),
                kinds.contains(StreamKind.STREAM_KIND_ALARMS),
                kinds.contains(StreamKind.STREAM_KIND_LOG),
                interval);
    }
}
