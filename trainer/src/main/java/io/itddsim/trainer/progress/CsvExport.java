package io.itddsim.trainer.progress;

import io.itddsim.trainer.drill.Drill;
import io.itddsim.trainer.drill.DrillCatalog;
import java.util.List;

/** Every answer as CSV (RFC 4180), one row each, for a spreadsheet. */
public final class CsvExport {
    static final String HEADER = "trainee,session,drill,incident,question_type,answer,correct,answered_at";

    private CsvExport() {}

    public static String of(List<AnswerRow> answers, DrillCatalog catalog) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (AnswerRow a : answers) {
            String incident = catalog.drill(a.drillId()).map(Drill::incident).orElse("");
            out.append(String.join(
                            ",",
                            field(a.trainee()),
                            Long.toString(a.sessionId()),
                            field(a.drillId()),
                            field(incident),
                            a.questionType(),
                            field(a.given()),
                            Boolean.toString(a.correct()),
                            a.answeredAt().toString()))
                    .append("\r\n");
        }
        return out.toString();
    }

    /** Quoted when it holds a comma, quote or line break; a leading =, +, - or @ is defused for spreadsheets. */
    static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
