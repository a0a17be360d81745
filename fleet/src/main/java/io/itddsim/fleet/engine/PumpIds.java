package io.itddsim.fleet.engine;

import com.hazelcast.jet.pipeline.BatchSource;
import com.hazelcast.jet.pipeline.SourceBuilder;

/**
 * The study's pump ids as a Jet batch source, split over the cluster's members: the source processor
 * with global index i of n emits i, i + n, i + 2n... so each member plans and runs its own share
 * and nothing but the outcomes crosses the network.
 */
final class PumpIds {
    /** Ids handed out per call: small enough to start the workers at once. */
    private static final int BATCH = 64;

    private PumpIds() {}

    static BatchSource<Integer> of(int pumps) {
        return SourceBuilder.batch(
                        "pump-ids", ctx -> new Cursor(ctx.globalProcessorIndex(), ctx.totalParallelism(), pumps))
                .<Integer>fillBufferFn(Cursor::fill)
                .distributed(1)
                .build();
    }

    /** The next id of one source processor's share. */
    static final class Cursor {
        private final int step;
        private final int end;
        private int next;

        Cursor(int first, int step, int end) {
            this.next = first;
            this.step = step;
            this.end = end;
        }

        void fill(SourceBuilder.SourceBuffer<Integer> buffer) {
            for (int i = 0; i < BATCH && next < end; i++) {
                buffer.add(next);
                next += step;
            }
            if (next >= end) {
                buffer.close();
            }
        }
    }
}
