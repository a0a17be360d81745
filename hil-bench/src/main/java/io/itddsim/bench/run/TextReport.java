package io.itddsim.bench.run;

import io.itddsim.sim.alarm.AlarmRecord;
import io.itddsim.sim.engine.ScheduledCommand;
import io.itddsim.sim.firmware.RefillCheck;
import io.itddsim.sim.event.PumpEvent;
import java.math.BigDecimal;
import java.util.Locale;

/** The human summary of a run: what was programmed, what the pump believes, what really happened. */
public final class TextReport {
    private TextReport() { }

    public static String render(RunResult r) {
        StringBuilder b = new StringBuilder();
        line(b, "Scenario", r.scenarioName() + " (" + r.source() + ")");
        line(b, "Seed", Long.toString(r.seed()));
        line(b, "Sim time", duration(r.simTimeUs()) + " (" + r.ticks() + " ticks, " + r.ticksStepped() + " stepped)");
        line(b, "Mode at end", r.mode().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        b.append('\n');
        line(b, "Programmed", ml(r.programmedNl()));
        line(b, "Commanded", ml(r.commandedNl()) + " (" + r.strokes() + " strokes)");
        line(b, "Delivered", ml(r.deliveredNl()) + " into the spinal fluid" + deviation(r));
        line(b, "Drug delivered", JsonReport.micrograms(r.drugDeliveredPg()).toPlainString() + " ug");
        if (r.drugElsewherePg() > 0) {
            line(b, "Drug elsewhere", JsonReport.micrograms(r.drugElsewherePg()).toPlainString() + " ug (not intrathecal)");
        }
        line(b, "Reservoir", ml(r.reservoirActualNl()) + " actual, " + ml(r.reservoirEstimatedNl())
                + " estimated by the pump");
        line(b, "Battery", r.batteryMv() + " mV" + (r.eos() ? ", END OF SERVICE" : r.eri() ? ", ERI" : ""));
        if (r.stallDetected()) {
            line(b, "Motor", "STALLED (detected by the pump)");
        }
        if (!r.alarms().isEmpty()) {
            b.append('\n').append("Alarms (").append(r.alarms().size()).append(", ").append(r.annunciations())
                    .append(" annunciations):\n");
            for (AlarmRecord a : r.alarms()) {
                b.append(String.format(Locale.ROOT, "  %-14s %-22s %-12s %s%n", duration(a.raisedUs()), a.type(),
                        a.severity().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        a.open() ? "still active" : "cleared " + duration(a.clearedUs())));
            }
        }
        for (RefillCheck c : r.refills()) {
            line(b, "Refill", duration(c.timeUs()) + ": expected " + ml(c.expectedNl()) + ", aspirated "
                    + ml(c.aspiratedNl()) + (c.flagged() ? "  DISCREPANCY " + ml(c.differenceNl()) : "  (within "
                    + ml(c.thresholdNl()) + ")"));
        }
        FaultReport.appendText(b, r.faults());
        b.append('\n').append("Events (").append(r.events().size()).append("):\n");
        for (PumpEvent e : r.events()) {
            b.append(String.format(Locale.ROOT, "  %-14s %-24s %d%s%n", duration(e.timeUs()), e.type(), e.value(),
                    e.detail().isEmpty() ? "" : "  " + e.detail()));
        }
        long refused = r.refusedCommands();
        if (refused > 0) {
            b.append('\n').append("Refused commands (").append(refused).append("):\n");
            for (ScheduledCommand c : r.commands()) {
                if (!c.result().accepted()) {
                    b.append("  ").append(duration(c.appliedUs())).append("  ").append(c.result().reason()).append('\n');
                }
            }
        }
        b.append('\n');
        line(b, "State hash", r.stateHash());
        return b.toString();
    }

    private static String deviation(RunResult r) {
        if (r.programmedNl() == 0) {
            return "";
        }
        BigDecimal pct = BigDecimal.valueOf((r.deliveredNl() - r.programmedNl()) * 10_000 / r.programmedNl(), 2);
        return String.format(Locale.ROOT, " (%s%s%% vs programmed)", pct.signum() >= 0 ? "+" : "", pct.toPlainString());
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append(String.format(Locale.ROOT, "%-16s %s%n", label + ":", value));
    }

    static String ml(long nl) {
        return BigDecimal.valueOf(nl, 6).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString() + " mL";
    }

    /** Sim time as d/h/m/s, e.g. "12d 03:04:05.006". */
    static String duration(long us) {
        long totalMs = us / 1_000;
        long days = totalMs / 86_400_000;
        long rem = totalMs % 86_400_000;
        return String.format(Locale.ROOT, "%dd %02d:%02d:%02d.%03d", days, rem / 3_600_000, rem / 60_000 % 60,
                rem / 1_000 % 60, rem % 1_000);
    }
}
