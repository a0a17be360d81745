package io.itddsim.wire.host.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The last {@value #PER_KEY} journaled replies of each key, oldest first, as a snapshot keeps them. */
final class KeptReplies {

    static final int PER_KEY = 1024;

    private final Map<String, LinkedHashMap<Integer, KeptReply>> byKey = new LinkedHashMap<>();
    private int counter;

    void add(KeptReply kept) {
        LinkedHashMap<Integer, KeptReply> replies = byKey.computeIfAbsent(kept.keyId(), k -> new LinkedHashMap<>());
        replies.put(counter++, kept);
        while (replies.size() > PER_KEY) {
            replies.remove(replies.keySet().iterator().next());
        }
    }

    List<KeptReply> all() {
        List<KeptReply> all = new ArrayList<>();
        byKey.values().forEach(r -> all.addAll(r.values()));
        return all;
    }
}
