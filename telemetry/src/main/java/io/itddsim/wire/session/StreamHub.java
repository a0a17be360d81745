package io.itddsim.wire.session;

import io.itddsim.proto.v1.AlarmEvent;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.EventLogEntry;
import io.itddsim.proto.v1.LogEvent;
import io.itddsim.proto.v1.PaceMode;
import io.itddsim.proto.v1.StatusSample;
import io.itddsim.wire.host.PumpStreams;
import io.itddsim.wire.metrics.WireMetrics;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Fans the pump's streams out to the sessions that subscribed, on the sim thread, without
 * waiting: each envelope is built once and handed to every session's mailbox, where each
 * connection's writer serializes it (once for all of them) and seals it ({@link OutgoingEnvelope}). Sessions join
 * after their handshake and leave when their connection closes.
 */
public final class StreamHub implements PumpStreams {

    private final List<ServerSession> sessions = new CopyOnWriteArrayList<>();
    private final WireMetrics metrics;
    private volatile Supplier<PaceMode> paceMode = () -> PaceMode.PACE_MODE_LOCKSTEP;

    public StreamHub(WireMetrics metrics) {
        this.metrics = metrics;
    }

    /** Where the hub reads the pace (wall time is left out of lockstep envelopes). */
    public void paceFrom(Supplier<PaceMode> paceMode) {
        this.paceMode = paceMode;
    }

    void join(ServerSession session) {
        sessions.add(session);
    }

    void leave(ServerSession session) {
        sessions.remove(session);
    }

    public int sessionCount() {
        return sessions.size();
    }

    @Override
    public boolean wantsStatus() {
        for (ServerSession session : sessions) {
            if (session.subscription().status()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends the sample to every session subscribed to status. The simulated patient in it is
     * ground truth for a test bench: only bench sessions receive it; every other role gets the
     * sample without it (built once, when first needed).
     */
    @Override
    public void status(long simTimeUs, StatusSample sample) {
        OutgoingEnvelope full =
                OutgoingEnvelope.of(envelope(simTimeUs).setStatusSample(sample).build());
        OutgoingEnvelope withoutPatient = sample.hasPatient() ? null : full;
        for (ServerSession session : sessions) {
            if (!session.subscription().status()) {
                continue;
            }
            if (session.seesSimulatedPatient()) {
                session.offerStatus(simTimeUs, full);
            } else {
                if (withoutPatient == null) {
                    withoutPatient = OutgoingEnvelope.of(envelope(simTimeUs)
                            .setStatusSample(sample.toBuilder().clearPatient())
                            .build());
                }
                session.offerStatus(simTimeUs, withoutPatient);
            }
        }
    }

    @Override
    public void logEvent(long simTimeUs, EventLogEntry entry) {
        OutgoingEnvelope envelope = OutgoingEnvelope.of(envelope(simTimeUs)
                .setLogEvent(LogEvent.newBuilder().setEntry(entry))
                .build());
        for (ServerSession session : sessions) {
            if (session.subscription().log()) {
                session.stream(envelope);
            }
        }
    }

    @Override
    public void alarm(long simTimeUs, AlarmEvent event) {
        metrics.alarm(event.getTransition());
        OutgoingEnvelope envelope =
                OutgoingEnvelope.of(envelope(simTimeUs).setAlarmEvent(event).build());
        for (ServerSession session : sessions) {
            if (session.subscription().alarms()) {
                session.stream(envelope);
            }
        }
    }

    private Envelope.Builder envelope(long simTimeUs) {
        return Envelopes.stamped(simTimeUs, paceMode.get());
    }
}
