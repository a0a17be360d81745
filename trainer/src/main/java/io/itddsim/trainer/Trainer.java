package io.itddsim.trainer;

import io.itddsim.proto.v1.Role;
import io.itddsim.trainer.drill.DrillCatalog;
import io.itddsim.trainer.live.LiveAlarmFeed;
import io.itddsim.trainer.progress.ResultStore;
import io.itddsim.trainer.progress.Sessions;
import io.itddsim.trainer.tone.ToneLibrary;
import io.itddsim.trainer.web.TrainerServer;
import io.itddsim.wire.session.Credentials;
import io.itddsim.wire.session.PreSharedKey;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A running trainer: the web server, the results database in the data folder, and, with a
 * target, the live link to a pump. Closing it stops all three.
 */
public final class Trainer implements AutoCloseable {
    /**
     * @param port    0 for any free port
     * @param dataDir where the results database lives
     * @param target  tcp://HOST:PORT of a running pump for live mode, or null
     * @param keyFile credentials file for live mode
     * @param keyId   which key of it, or null for the first that may observe
     * @param drillsPerSession drills a session queues
     */
    public record Options(int port, Path dataDir, String target, Path keyFile, String keyId, int drillsPerSession) {
        /** With {@link Sessions#DRILLS_PER_SESSION} drills a session. */
        public Options(int port, Path dataDir, String target, Path keyFile, String keyId) {
            this(port, dataDir, target, keyFile, keyId, Sessions.DRILLS_PER_SESSION);
        }
    }

    private final ResultStore store;
    private final LiveAlarmFeed live;
    private final TrainerServer server;

    private Trainer(ResultStore store, LiveAlarmFeed live, TrainerServer server) {
        this.store = store;
        this.live = live;
        this.server = server;
    }

    /**
     * Starts a trainer with drills already generated.
     *
     * @throws IllegalArgumentException for a target or key that cannot be used
     */
    public static Trainer start(Options options, ToneLibrary tones, DrillCatalog drills, Clock clock) throws Exception {
        LiveAlarmFeed live = options.target() == null
                ? null
                : new LiveAlarmFeed(options.target(), observerKey(options.keyFile(), options.keyId()));
        ResultStore store = ResultStore.open(options.dataDir(), clock);
        try {
            TrainerServer server = TrainerServer.start(
                    options.port(),
                    tones,
                    drills,
                    store,
                    new Sessions(drills, store, options.drillsPerSession()),
                    live);
            if (live != null) {
                live.start();
            }
            return new Trainer(store, live, server);
        } catch (Exception e) {
            store.close();
            throw e;
        }
    }

    public URI address() {
        return server.address();
    }

    /**
     * The key live mode proves: {@code keyId} from the file, or its first that may observe.
     *
     * @throws IllegalArgumentException naming the file and what is missing
     */
    public static PreSharedKey observerKey(Path keyFile, String keyId) {
        Credentials credentials;
        try {
            credentials = Credentials.load(keyFile);
        } catch (Credentials.CredentialsException e) {
            throw new IllegalArgumentException(
                    e.getMessage() + " (live mode needs the pump's credentials file: --key-file)", e);
        }
        if (keyId != null) {
            return credentials
                    .key(keyId)
                    .orElseThrow(() -> new IllegalArgumentException(keyFile + " has no key '" + keyId + "'"));
        }
        return credentials.keys().stream()
                .filter(k -> k.allows(Role.ROLE_OBSERVER))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException(keyFile + " has no key that may take the observer role"));
    }

    @Override
    public void close() throws java.sql.SQLException {
        server.close();
        if (live != null) {
            live.close();
        }
        store.close();
    }
}
