package io.itddsim.trainer.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trainees' results in an embedded H2 database in the data folder ({@code trainer.mv.db}), so
 * they survive a restart. One connection, used by one thread at a time (every method is
 * synchronized): a classroom's answers are a few a second at most.
 */
public final class ResultStore implements AutoCloseable {
    private static final String[] SCHEMA = {
        "create table if not exists trainee (name varchar(80) primary key, created_at timestamp not null)",
        "create table if not exists session (id bigint auto_increment primary key, trainee varchar(80) not null"
                + " references trainee(name), number int not null, started_at timestamp not null)",
        "create table if not exists answer (id bigint auto_increment primary key, session_id bigint not null"
                + " references session(id), trainee varchar(80) not null, drill_id varchar(80) not null,"
                + " question_type varchar(20) not null, given varchar(400) not null, correct boolean not null,"
                + " answered_at timestamp not null)",
        "create table if not exists box (trainee varchar(80) not null, drill_id varchar(80) not null,"
                + " box int not null, last_session int not null, primary key (trainee, drill_id))",
    };

    private final Connection db;
    private final Clock clock;

    private ResultStore(Connection db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Opens (or creates) the database in {@code dataDir}.
     *
     * @throws SQLException naming the folder when it cannot be used
     */
    public static ResultStore open(Path dataDir, Clock clock) throws SQLException {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot use " + dataDir + " as the trainer's data folder: " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("trainer") + ";DB_CLOSE_ON_EXIT=FALSE";
        Connection db = DriverManager.getConnection(url, "trainer", "");
        try (Statement s = db.createStatement()) {
            for (String ddl : SCHEMA) {
                s.execute(ddl);
            }
        }
        return new ResultStore(db, clock);
    }

    /** Starts a session, adding the trainee on first use; returns its id and number. */
    public synchronized SessionStart startSession(String trainee) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("insert into trainee (name, created_at) select ?, ?"
                + " where not exists (select 1 from trainee where name = ?)")) {
            p.setString(1, trainee);
            p.setTimestamp(2, now());
            p.setString(3, trainee);
            p.executeUpdate();
        }
        int number = sessionCount(trainee) + 1;
        try (PreparedStatement p = db.prepareStatement(
                "insert into session (trainee, number, started_at) values (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, trainee);
            p.setInt(2, number);
            p.setTimestamp(3, now());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return new SessionStart(keys.getLong(1), number);
            }
        }
    }

    /** A new session's id and its number among the trainee's sessions. */
    public record SessionStart(long id, int number) {}

    public synchronized void recordAnswer(
            long sessionId, String trainee, String drillId, String questionType, List<String> given, boolean correct)
            throws SQLException {
        try (PreparedStatement p =
                db.prepareStatement("insert into answer (session_id, trainee, drill_id, question_type,"
                        + " given, correct, answered_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, sessionId);
            p.setString(2, trainee);
            p.setString(3, drillId);
            p.setString(4, questionType);
            p.setString(5, String.join(",", given));
            p.setBoolean(6, correct);
            p.setTimestamp(7, now());
            p.executeUpdate();
        }
    }

    public synchronized Map<String, Box> boxes(String trainee) throws SQLException {
        Map<String, Box> out = new HashMap<>();
        try (PreparedStatement p =
                db.prepareStatement("select drill_id, box, last_session from box where trainee = ?")) {
            p.setString(1, trainee);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new Box(r.getInt(2), r.getInt(3)));
                }
            }
        }
        return out;
    }

    public synchronized void setBox(String trainee, String drillId, Box box) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("merge into box key (trainee, drill_id) values (?, ?, ?, ?)")) {
            p.setString(1, trainee);
            p.setString(2, drillId);
            p.setInt(3, box.box());
            p.setInt(4, box.lastSession());
            p.executeUpdate();
        }
    }

    public synchronized int sessionCount(String trainee) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("select count(*) from session where trainee = ?")) {
            p.setString(1, trainee);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** Every trainee's name, in alphabetical order. */
    public synchronized List<String> trainees() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select name from trainee order by name")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** Every answer, oldest first. */
    public synchronized List<AnswerRow> answers() throws SQLException {
        List<AnswerRow> out = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select session_id, trainee, drill_id,"
                        + " question_type, given, correct, answered_at from answer order by id")) {
            while (r.next()) {
                out.add(new AnswerRow(
                        r.getLong(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getBoolean(6),
                        r.getTimestamp(7).toInstant()));
            }
        }
        return out;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    @Override
    public synchronized void close() throws SQLException {
        db.close();
    }
}
