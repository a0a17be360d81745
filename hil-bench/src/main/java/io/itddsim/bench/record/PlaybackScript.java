package io.itddsim.bench.record;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Welcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A recording as a pump's part in a conversation: the requests the bench made, in order, and for
 * each the reply the pump gave with the streamed frames around it. A frame streamed between two
 * replies goes out right after the first when its sim time is no later than that reply's (the
 * samples of the Step just answered) and right before the second otherwise (what the next Step
 * makes), so a bench waiting for a Step's samples before its next request gets them.
 */
final class PlaybackScript {

    /** The recorded answer to one request: streams before it, the reply, streams right after it. */
    record Turn(Request request, List<Envelope> before, Envelope reply, List<Envelope> after) {}

    private final Welcome welcome;
    private final List<Turn> turns;

    private PlaybackScript(Welcome welcome, List<Turn> turns) {
        this.welcome = welcome;
        this.turns = List.copyOf(turns);
    }

    static PlaybackScript of(Recording recording) {
        Welcome welcome = null;
        List<Request> requests = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<Envelope> fromPump = new ArrayList<>();
        for (Recording.Frame f : recording.frames()) {
            Envelope e = f.envelope();
            if (f.toPump()) {
                // a request retried on a lossy line (same id) was answered once
                if (e.hasRequest() && seen.add(e.getRequest().getRequestId())) {
                    requests.add(e.getRequest());
                }
                continue;
            }
            switch (e.getBodyCase()) {
                // the Welcome names the pump (handshake v2); the Challenge holds only that session's nonce
                case WELCOME -> welcome = e.getWelcome();
                case CHALLENGE, HEARTBEAT, REFUSAL -> {}
                default -> fromPump.add(e);
            }
        }
        if (welcome == null) {
            throw new IllegalArgumentException("the recording holds no completed handshake to play the pump's part of");
        }
        List<Turn> turns = new ArrayList<>();
        int cursor = 0;
        for (Request request : requests) {
            int replyAt = cursor;
            while (replyAt < fromPump.size() && !isReplyTo(fromPump.get(replyAt), request)) {
                replyAt++;
            }
            if (replyAt == fromPump.size()) {
                break; // the recording ends before this request was answered
            }
            List<Envelope> before = new ArrayList<>();
            for (int i = cursor; i < replyAt; i++) {
                if (!fromPump.get(i).hasReply()) {
                    before.add(fromPump.get(i));
                }
            }
            Envelope reply = fromPump.get(replyAt);
            cursor = replyAt + 1;
            List<Envelope> after = new ArrayList<>();
            while (cursor < fromPump.size()
                    && !fromPump.get(cursor).hasReply()
                    && fromPump.get(cursor).getSimTimeUs() <= reply.getSimTimeUs()) {
                after.add(fromPump.get(cursor++));
            }
            turns.add(new Turn(request, before, reply, after));
        }
        // whatever streamed after the last reply goes out with it
        if (!turns.isEmpty()) {
            Turn last = turns.remove(turns.size() - 1);
            List<Envelope> after = new ArrayList<>(last.after());
            for (int i = cursor; i < fromPump.size(); i++) {
                if (!fromPump.get(i).hasReply()) {
                    after.add(fromPump.get(i));
                }
            }
            turns.add(new Turn(last.request(), last.before(), last.reply(), after));
        }
        return new PlaybackScript(welcome, turns);
    }

    private static boolean isReplyTo(Envelope e, Request request) {
        return e.hasReply() && e.getReply().getRequestId() == request.getRequestId();
    }

    Welcome welcome() {
        return welcome;
    }

    List<Turn> turns() {
        return turns;
    }
}
