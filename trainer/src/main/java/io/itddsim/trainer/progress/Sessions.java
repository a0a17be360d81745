package io.itddsim.trainer.progress;

import io.itddsim.trainer.drill.DrillCatalog;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The sessions in progress, by id; their answers are in the store as soon as they are given. */
public final class Sessions {
    /** Drills per session: a few minutes of practice. */
    public static final int DRILLS_PER_SESSION = 5;

    private static final int MAX_NAME = 60;

    private final DrillCatalog catalog;
    private final ResultStore store;
    private final int drillsPerSession;
    private final Map<Long, DrillSession> open = new ConcurrentHashMap<>();

    /** @param drillsPerSession how many drills a session queues (a missed one comes back on top) */
    public Sessions(DrillCatalog catalog, ResultStore store, int drillsPerSession) {
        if (drillsPerSession < 1) {
            throw new IllegalArgumentException("a session needs at least one drill, got " + drillsPerSession);
        }
        this.catalog = catalog;
        this.store = store;
        this.drillsPerSession = drillsPerSession;
    }

    /**
     * Starts a session for a trainee (a name is enough: no accounts).
     *
     * @throws IllegalArgumentException when the name is empty, too long or has control characters
     */
    public DrillSession start(String name) throws SQLException {
        String trainee = checkName(name);
        ResultStore.SessionStart started = store.startSession(trainee);
        List<String> drills = Leitner.queue(catalog.ids(), store.boxes(trainee), started.number(), drillsPerSession);
        DrillSession session = new DrillSession(started.id(), started.number(), trainee, drills, catalog, store);
        open.put(session.id(), session);
        return session;
    }

    public Optional<DrillSession> session(long id) {
        return Optional.ofNullable(open.get(id));
    }

    static String checkName(String name) {
        String trainee = name == null ? "" : name.strip();
        if (trainee.isEmpty()) {
            throw new IllegalArgumentException("a trainee name is needed (any name: there are no accounts)");
        }
        if (trainee.length() > MAX_NAME) {
            throw new IllegalArgumentException("the name is " + trainee.length() + " characters; at most " + MAX_NAME);
        }
        if (trainee.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the name has control characters; use letters, digits and spaces");
        }
        return trainee;
    }
}
