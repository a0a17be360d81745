package io.itddsim.wire.session;

import io.itddsim.wire.frame.EncodedEnvelope;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What waits to be sent on one connection: envelopes that must be delivered (replies, alarms, log
 * events, heartbeats, handshake), in order, and the latest few status samples: when more than
 * {@code sampleDepth} wait, the oldest is dropped and counted as conflated. A little depth lets a
 * lockstep Step, which makes many samples in a burst, reach a client that keeps up; a client that
 * does not keep up gets the newest samples, never a growing queue. Any thread may add; one thread (the connection's writer)
 * takes, stamping each envelope with the connection's next sequence number as it goes out. What
 * waits is the {@link OutgoingEnvelope} the hub made once for every session; the writer turns it
 * into this connection's bytes ({@link OutgoingEnvelope#encode}), so the sim thread that queued it
 * never serializes or seals anything.
 *
 * <p>The must-deliver queue is bounded only by {@code backlogLimit}: past it the connection is
 * hopeless (a client that stopped reading) and the transport closes it; the client reconnects and
 * reads the event log, which keeps everything.
 */
public final class OutboundMailbox {

    /** An envelope and the authenticator that seals it when it goes out (null: sent as it is). */
    private record Pending(OutgoingEnvelope envelope, FrameAuthenticator sealer) {}

    private final Queue<Pending> mustDeliver = new ConcurrentLinkedQueue<>();
    private final AtomicInteger backlog = new AtomicInteger();
    // the newest samples, oldest first, in a ring guarded by itself: the sim thread adds and the
    // writer takes, each holding the lock for a few field writes (cheaper than a concurrent deque
    // and its counters, and nothing allocated per sample)
    private final OutgoingEnvelope[] samples;
    private int oldestSample;
    private int samplesWaiting;
    private long conflated;
    private final int backlogLimit;
    private final Runnable wakeWriter;
    private final Runnable samplesWaitingForWriter;
    private volatile FrameAuthenticator sealer;
    private long seq;

    /**
     * @param wakeWriter called after every addition; the transport schedules its writer (cheaply,
     *     it is called from the sim thread)
     */
    public OutboundMailbox(int backlogLimit, int sampleDepth, Runnable wakeWriter) {
        this(backlogLimit, sampleDepth, wakeWriter, wakeWriter);
    }

    /**
     * @param wakeWriter called after every must-deliver envelope: the transport writes it at once
     * @param samplesWaitingForWriter called after every status sample: the transport may let
     *     samples gather a little and write several together (called from the sim thread)
     */
    public OutboundMailbox(int backlogLimit, int sampleDepth, Runnable wakeWriter, Runnable samplesWaitingForWriter) {
        if (backlogLimit <= 0 || sampleDepth <= 0) {
            throw new IllegalArgumentException("backlog limit and sample depth must be positive");
        }
        this.backlogLimit = backlogLimit;
        this.samples = new OutgoingEnvelope[sampleDepth];
        this.wakeWriter = wakeWriter;
        this.samplesWaitingForWriter = samplesWaitingForWriter;
    }

    /**
     * From now on, what is queued is sealed with {@code authenticator} as it goes out (after the
     * Welcome, which was queued before); null stops sealing (a serial line back to a handshake).
     */
    public void sealWith(FrameAuthenticator authenticator) {
        this.sealer = authenticator;
        if (authenticator == null) {
            // samples of the session that ended must not go out unsealed to whoever comes next
            synchronized (samples) {
                java.util.Arrays.fill(samples, null);
                samplesWaiting = 0;
            }
        }
    }

    /** Queues an envelope that must be delivered; false when the backlog limit is passed. */
    public boolean send(OutgoingEnvelope envelope) {
        if (backlog.incrementAndGet() > backlogLimit) {
            backlog.decrementAndGet();
            return false;
        }
        mustDeliver.add(new Pending(envelope, sealer));
        wakeWriter.run();
        return true;
    }

    /**
     * Offers a status sample (from one thread, the sim's); true when the oldest waiting sample was
     * dropped to make room.
     */
    public boolean offerSample(OutgoingEnvelope statusSample) {
        boolean dropped;
        synchronized (samples) {
            dropped = samplesWaiting == samples.length;
            if (dropped) {
                samples[oldestSample] = null;
                oldestSample = (oldestSample + 1) % samples.length;
                samplesWaiting--;
                conflated++;
            }
            samples[(oldestSample + samplesWaiting) % samples.length] = statusSample;
            samplesWaiting++;
        }
        samplesWaitingForWriter.run();
        return dropped;
    }

    /** Writer thread: the next must-deliver envelope, stamped (and sealed after the handshake), or null. */
    public EncodedEnvelope pollMustDeliver() {
        Pending next = mustDeliver.poll();
        if (next == null) {
            return null;
        }
        backlog.decrementAndGet();
        return next.envelope().encode(++seq, next.sealer());
    }

    /** Writer thread: the oldest waiting status sample, stamped and with the conflation count, or null. */
    public EncodedEnvelope pollSample() {
        OutgoingEnvelope next;
        long conflatedSoFar;
        synchronized (samples) {
            if (samplesWaiting == 0) {
                return null;
            }
            next = samples[oldestSample];
            samples[oldestSample] = null;
            oldestSample = (oldestSample + 1) % samples.length;
            samplesWaiting--;
            conflatedSoFar = conflated;
        }
        return next.encode(++seq, conflatedSoFar, sealer);
    }

    /** Drops every must-deliver envelope waiting (a serial session that was ended). */
    public void clearMustDeliver() {
        while (mustDeliver.poll() != null) {
            backlog.decrementAndGet();
        }
    }

    /** Whether status samples wait. */
    public boolean hasSamples() {
        synchronized (samples) {
            return samplesWaiting > 0;
        }
    }

    public boolean isEmpty() {
        synchronized (samples) {
            return mustDeliver.isEmpty() && samplesWaiting == 0;
        }
    }

    public long samplesConflated() {
        synchronized (samples) {
            return conflated;
        }
    }

    public int backlog() {
        return backlog.get();
    }
}
