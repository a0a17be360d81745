package io.itddsim.bench.run;

import io.itddsim.sim.alarm.AlarmRecord;
import io.itddsim.sim.engine.ScheduledCommand;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.RefillCheck;
import io.itddsim.sim.status.FirmwareBelief;
import io.itddsim.sim.status.MotorState;
import io.itddsim.sim.status.PlantTruth;
import io.itddsim.sim.status.PumpStatus;
import java.math.BigDecimal;
import java.util.Locale;

/** The human summary of a run: what was programmed, what the pump believes, what really happened. */
public final class TextReport {
    private TextReport() {}

    public static String render(RunResult r) {
        StringBuilder b = new StringBuilder();
        line(b, "Scenario", r.scenarioName() + " (" + r.source() + ")");
        line(b, "Seed", Long.toString(r.seed()));
        PumpStatus end = r.end();
        FirmwareBelief belief = end.belief();
        PlantTruth truth = end.truth();
        line(
                b,
                "Sim time",
                duration(end.simTimeUs()) + " (" + end.ticks() + " ticks, " + r.ticksStepped() + " stepped)");
        line(b, "Mode at end", belief.mode().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        b.append('\n');
        line(b, "Programmed", ml(belief.programmedNl()));
        line(b, "Commanded", ml(belief.commandedNl()) + " (" + belief.strokes() + " strokes)");
        line(b, "Intrathecal", ml(truth.intrathecalNl()) + " into the spinal fluid" + deviation(belief, truth));
        if (truth.elsewhereNl() > 0) {
            line(b, "Elsewhere", ml(truth.elsewhereNl()) + " (leaked, disconnected or pocket: not intrathecal)");
        }
        line(
                b,
                "Drug delivered",
                JsonReport.micrograms(truth.intrathecalDrugPg()).toPlainString() + " ug");
        if (truth.elsewhereDrugPg() > 0) {
            line(
                    b,
                    "Drug elsewhere",
                    JsonReport.micrograms(truth.elsewhereDrugPg()).toPlainString() + " ug (not intrathecal)");
        }
        line(
                b,
                "Reservoir",
                ml(truth.reservoirActualNl()) + " actual, " + ml(belief.reservoirEstimatedNl())
                        + " estimated by the pump");
        line(
                b,
                "Battery",
                truth.batteryRestingMv() + " mV at rest"
                        + switch (belief.battery()) {
                            case EOS -> ", END OF SERVICE";
                            case ERI -> ", ERI";
                            case OK -> "";
                        });
        if (belief.motor() == MotorState.STALLED) {
            line(b, "Motor", "STALLED (detected by the pump)");
        }
        if (!r.alarms().isEmpty()) {
            b.append('\n')
                    .append("Alarms (")
                    .append(r.alarms().size())
                    .append(", ")
                    .append(r.annunciations())
                    .append(" annunciations):\n");
            for (AlarmRecord a : r.alarms()) {
                b.append(String.format(
                        Locale.ROOT,
                        "  %-14s %-22s %-12s %s%n",
                        duration(a.raisedUs()),
                        a.type(),
                        a.severity().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        a.open() ? "still active" : "cleared " + duration(a.clearedUs())));
            }
        }
        for (RefillCheck c : r.refills()) {
            line(
                    b,
                    "Refill",
                    duration(c.timeUs()) + ": expected " + ml(c.expectedNl()) + ", aspirated "
                            + ml(c.aspiratedNl())
                            + (c.flagged()
                                    ? "  DISCREPANCY " + ml(c.differenceNl())
                                    : "  (within " + ml(c.thresholdNl()) + ")"));
        }
        FaultReport.appendText(b, r.faults());
        PatientReport.appendText(b, r);
        b.append('\n').append("Events (").append(r.events().size()).append("):\n");
        for (PumpEvent e : r.events()) {
            b.append(String.format(
                    Locale.ROOT,
                    "  %-14s %-24s %d%s%n",
                    duration(e.timeUs()),
                    e.type(),
                    e.value(),
                    e.detail().isEmpty() ? "" : "  " + e.detail()));
        }
        long refused = r.refusedCommands();
        if (refused > 0) {
            b.append('\n').append("Refused commands (").append(refused).append("):\n");
            for (ScheduledCommand c : r.commands()) {
                if (!c.result().accepted()) {
                    b.append("  ")
                            .append(duration(c.appliedUs()))
                            .append("  ")
                            .append(c.result().reason())
                            .append('\n');
                }
            }
        }
        b.append('\n');
        line(b, "State hash", r.stateHash());
        return b.toString();
    }

    private static String deviation(FirmwareBelief belief, PlantTruth truth) {
        if (belief.programmedNl() == 0) {
            return "";
        }
        long programmed = belief.programmedNl();
        BigDecimal pct = BigDecimal.valueOf((truth.intrathecalNl() - programmed) * 10_000 / programmed, 2);
        return String.format(Locale.ROOT, " (%s%s%% vs programmed)", pct.signum() >= 0 ? "+" : "", pct.toPlainString());
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append(String.format(Locale.ROOT, "%-16s %s%n", label + ":", value));
    }

    static String ml(long nl) {
        return BigDecimal.valueOf(nl, 6)
                        .setScale(3, java.math.RoundingMode.HALF_EVEN)
                        .toPlainString() + " mL";
    }

    /** Sim time as d/h/m/s, e.g. "12d 03:04:05.006". */
    static String duration(long us) {
        long totalMs = us / 1_000;
        long days = totalMs / 86_400_000;
        long rem = totalMs % 86_400_000;
        return String.format(
                Locale.ROOT,
                "%dd %02d:%02d:%02d.%03d",
                days,
                rem / 3_600_000,
                rem / 60_000 % 60,
                rem / 1_000 % 60,
                rem % 1_000);
    }
}
