package io.itddsim.trainer.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.trainer.TestDrills;
import io.itddsim.trainer.drill.AlarmCauses;
import io.itddsim.trainer.drill.DrillCatalog;
import io.itddsim.trainer.drill.QuestionType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions against a real H2 database in a temporary data folder. */
class DrillSessionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    private static final List<String> CRITICAL = AlarmCauses.ofSeverity(AlarmSeverity.CRITICAL).stream()
            .map(Enum::name)
            .toList();

    @TempDir
    Path data;

    private static void answerStall(DrillSession s, boolean actionRight) throws Exception {
        assertTrue(s.answer("stall-day-30", QuestionType.SEVERITY, List.of("CRITICAL"))
                .correct());
        assertTrue(s.answer("stall-day-30", QuestionType.CAUSES, CRITICAL).correct());
        assertEquals(
                actionRight,
                s.answer("stall-day-30", QuestionType.ACTION, List.of(actionRight ? "CALL_CLINIC_NOW" : "REFILL"))
                        .correct());
    }

    @Test
    @DisplayName(
            "a missed drill comes back at the end of the session, then first in the next; scores are kept per question type")
    void missedDrillsComeBack() throws Exception {
        DrillCatalog catalog = TestDrills.catalog();
        try (ResultStore store = ResultStore.open(data, CLOCK)) {
            Sessions sessions = new Sessions(catalog, store, 1);
            DrillSession first = sessions.start("  Ada  ");
            assertEquals("Ada", first.trainee());
            assertEquals("stall-day-30", first.current().orElseThrow().drill().id());
            answerStall(first, false);
            assertEquals("stall-day-30", first.current().orElseThrow().drill().id(), "it comes back in this session");
            answerStall(first, true);
            assertTrue(first.current().isEmpty());
            DrillSession.Summary summary = first.summary();
            assertTrue(summary.finished());
            assertEquals(2, summary.drillsDone());
            assertEquals(new Score(2, 2), summary.scores().get(QuestionType.SEVERITY));
            assertEquals(new Score(1, 2), summary.scores().get(QuestionType.ACTION));
            assertEquals(List.of("stall-day-30"), summary.missedDrills());
            assertEquals(List.of(), summary.toRevisit(), "right the second time");

            DrillSession second = sessions.start("Ada");
            assertEquals(
                    "mri-delayed-recovery",
                    second.current().orElseThrow().drill().id(),
                    "the missed drill was right the second time: box 2, so the next new drill comes first");
            assertEquals(6, store.answers().size());
            assertEquals(new Box(2, 1), store.boxes("Ada").get("stall-day-30"));
        }
    }

    @Test
    @DisplayName("a drill left missed is the first drill of the next session")
    void missedIsFirstNextTime() throws Exception {
        try (ResultStore store = ResultStore.open(data, CLOCK)) {
            Sessions sessions = new Sessions(TestDrills.catalog(), store, 2);
            DrillSession first = sessions.start("Bo");
            answerStall(first, false); // missed; now mri, then stall again
            assertEquals(
                    "mri-delayed-recovery",
                    first.current().orElseThrow().drill().id());
            assertEquals(List.of("stall-day-30"), first.summary().toRevisit());
            DrillSession second = sessions.start("Bo");
            assertEquals("stall-day-30", second.current().orElseThrow().drill().id());
        }
    }

    @Test
    @DisplayName("answers out of turn, twice, or with unknown options are refused and change nothing")
    void outOfTurnIsRefused() throws Exception {
        try (ResultStore store = ResultStore.open(data, CLOCK)) {
            DrillSession s = new Sessions(TestDrills.catalog(), store, 1).start("Cy");
            assertThrows(
                    IllegalStateException.class,
                    () -> s.answer("stall-day-30", QuestionType.ACTION, List.of("REFILL")));
            assertThrows(
                    IllegalStateException.class,
                    () -> s.answer("battery-eos", QuestionType.SEVERITY, List.of("CRITICAL")));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> s.answer("stall-day-30", QuestionType.SEVERITY, List.of("LOUD")));
            assertTrue(store.answers().isEmpty());
            s.answer("stall-day-30", QuestionType.SEVERITY, List.of("NON_CRITICAL"));
            assertThrows(
                    IllegalStateException.class,
                    () -> s.answer("stall-day-30", QuestionType.SEVERITY, List.of("CRITICAL")));
            assertEquals(1, store.answers().size());
            assertFalse(store.answers().get(0).correct());
        }
    }

    @Test
    @DisplayName("names are trimmed; an empty, over-long or control-character name is refused with the reason")
    void namesAreChecked() {
        assertEquals("Ada Lovelace", Sessions.checkName("  Ada Lovelace "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sessions.checkName(" "))
                .getMessage()
                .contains("name is needed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sessions.checkName("x".repeat(61)))
                .getMessage()
                .contains("61"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sessions.checkName("a\u0007b"))
                .getMessage()
                .contains("control"));
    }

    @Test
    @DisplayName("results survive closing and reopening the database; the CSV export quotes and defuses fields")
    void resultsSurviveAndExport() throws Exception {
        try (ResultStore store = ResultStore.open(data, CLOCK)) {
            DrillSession s = new Sessions(TestDrills.catalog(), store, 1).start("=Dee, \"the\" nurse");
            s.answer("stall-day-30", QuestionType.SEVERITY, List.of("CRITICAL"));
        }
        try (ResultStore store = ResultStore.open(data, CLOCK)) {
            assertEquals(List.of("=Dee, \"the\" nurse"), store.trainees());
            String csv = CsvExport.of(store.answers(), TestDrills.catalog());
            assertEquals(
                    CsvExport.HEADER + "\r\n\"'=Dee, \"\"the\"\" nurse\",1,stall-day-30,"
                            + "Motor stall at day 30 with an off-label drug (hydromorphone),severity,CRITICAL,true,2026-11-30T10:00:00Z\r\n",
                    csv);
            ProgressReport.TraineeProgress p =
                    ProgressReport.of(store, TestDrills.catalog()).get(0);
            assertEquals(new Score(1, 1), p.byType().get(QuestionType.SEVERITY));
            assertEquals(1, p.sessions());
        }
    }
}
