package io.itddsim.wire.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.protobuf.InvalidProtocolBufferException;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.linkfault.LinkFaults;
import java.util.ArrayList;
import java.util.List;

/**
 * Any bytes that parse as a Request, carried out on a live simulator: never an exception (the
 * mappings and the model refuse what they cannot do), and exactly one reply with the request's
 * id, except a Step, which waits for its ticks. One pump serves every input, so requests also
 * meet the states earlier ones left.
 */
class RequestExecutorFuzzTest {

    private static final PumpSimulator SIM = PumpSimulator.create(Pumps.morphineSetup());
    private static final TimeControl TIME = new TimeControl(SIM, Pacing.lockstep(), new TickLateness());
    private static final RequestExecutor EXECUTOR =
            new RequestExecutor(SIM, TIME, new LinkFaults(1, System::nanoTime), new RefusalTally(), InputLog.DIRECT);

    @FuzzTest(maxDuration = "60s")
    void everyRequestIsAnsweredWithoutThrowing(byte[] bytes) {
        Request request;
        try {
            request = Request.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            return;
        }
        List<Reply> replies = new ArrayList<>();
        EXECUTOR.execute(request, replies::add);
        if (request.hasStep() && replies.isEmpty()) {
            return;
        }
        assertEquals(1, replies.size(), request.toString());
        assertEquals(request.getRequestId(), replies.get(0).getRequestId());
        assertTrue(replies.get(0).getResultCase() != Reply.ResultCase.RESULT_NOT_SET);
    }
}
