package io.itddsim.fleet.plan;

import io.itddsim.bench.scenario.QuantityFormat;
import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.engine.TimedCommand;
import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.fault.FaultParameter;
import io.itddsim.sim.fault.FaultSchedule;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.firmware.RefillRoute;
import io.itddsim.sim.firmware.Therapy;
import io.itddsim.sim.patient.PatientParameter;
import io.itddsim.sim.patient.PatientParameters;
import io.itddsim.sim.patient.PatientSetup;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a run plan as a scenario file (docs/SCENARIOS.md) that {@link ScenarioLoader} reads back
 * to the same plan, so that {@code itdd simulate} re-runs a fleet's pump exactly. Every quantity is
 * written exactly, in the scenario format's units (no rounding). Covers what fleet plans hold:
 * a continuous or stopped prescription, interrogations and refills, faults with a start time,
 * duration, repeats and probability, and a simulated patient; anything else is refused rather
 * than written approximately.
 */
public final class ScenarioYamlWriter {
    private static final long SECOND_US = 1_000_000L;

    private ScenarioYamlWriter() {}

    /**
     * The plan as a scenario file, with {@code header} lines written first as comments.
     *
     * @throws IllegalArgumentException for a plan that holds something this writer cannot write
     */
    public static String write(RunPlan plan, List<String> header) {
        StringBuilder y = new StringBuilder();
        for (String line : header) {
            y.append("# ").append(line).append('\n');
        }
        SimulationSetup s = plan.setup();
        y.append("version: ").append(ScenarioLoader.FORMAT_VERSION).append('\n');
        y.append("name: ").append(quoted(plan.name())).append('\n');
        y.append("seed: ").append(s.seed()).append('\n');
        y.append("duration: ")
                .append(QuantityFormat.duration(plan.durationUs()))
                .append('\n');
        pump(y, s);
        y.append("reservoir:\n");
        y.append("  volume: ")
                .append(QuantityFormat.volumeMl(s.reservoirVolumeNl()))
                .append('\n');
        y.append("  drug: ").append(quoted(s.prescription().drug())).append('\n');
        y.append("  concentration: ")
                .append(concentration(s.reservoirConcentrationUgPerMl()))
                .append('\n');
        y.append("  entered_volume: ")
                .append(QuantityFormat.volumeMl(s.reservoirEnteredNl()))
                .append('\n');
        y.append("catheter:\n  primed: ").append(s.catheterPrimed()).append('\n');
        prescription(y, s);
        if (s.patient() != null) {
            patient(y, s.patient());
        }
        AlarmSettings a = s.alarmSettings();
        if (!a.equals(AlarmSettings.defaults(s.profile()))) {
            y.append("alarms:\n");
            y.append("  low_reservoir: ")
                    .append(QuantityFormat.volumeMl(a.lowReservoirNl()))
                    .append('\n');
            y.append("  critical_repeat: ")
                    .append(QuantityFormat.duration(a.criticalRepeatUs()))
                    .append('\n');
            y.append("  non_critical_repeat: ")
                    .append(QuantityFormat.duration(a.nonCriticalRepeatUs()))
                    .append('\n');
            y.append("  alarm_clock: ")
                    .append(QuantityFormat.duration(a.alarmClockUs()))
                    .append('\n');
        }
        if (!plan.timeline().isEmpty()) {
            y.append("timeline:\n");
            for (TimedCommand c : plan.timeline()) {
                command(y, c, s);
            }
        }
        if (!plan.faults().isEmpty()) {
            y.append("faults:\n");
            for (FaultSpec f : plan.faults()) {
                fault(y, f);
            }
        }
        return y.toString();
    }

    private static void pump(StringBuilder y, SimulationSetup s) {
        PumpProfile profile = s.profile();
        PumpProfile bundled = PumpProfile.byName(profile.name());
        if (bundled == null) {
            throw new IllegalArgumentException("profile \"" + profile.name() + "\" is not a bundled profile");
        }
        y.append("pump:\n  profile: ").append(profile.name()).append('\n');
        if (s.startTimeOfDayUs() != 0) {
            if (s.startTimeOfDayUs() % SECOND_US != 0) {
                throw new IllegalArgumentException("start time of day is not a whole second");
            }
            long secs = s.startTimeOfDayUs() / SECOND_US;
            y.append(String.format(
                    java.util.Locale.ROOT,
                    "  start_time_of_day: \"%02d:%02d:%02d\"\n",
                    secs / 3600,
                    secs / 60 % 60,
                    secs % 60));
        }
        if (s.batteryDepthOfDischargePpm() != 0) {
            y.append("  battery_spent_percent: ")
                    .append(BigDecimal.valueOf(s.batteryDepthOfDischargePpm(), 4)
                            .stripTrailingZeros()
                            .toPlainString())
                    .append('\n');
        }
        StringBuilder overrides = new StringBuilder();
        Map<ProfileParameter, Long> mine = profile.asMap();
        Map<ProfileParameter, Long> base = bundled.asMap();
        for (ProfileParameter p : ProfileParameter.values()) {
            if (!mine.get(p).equals(base.get(p))) {
                overrides
                        .append("    ")
                        .append(p.key())
                        .append(": ")
                        .append(mine.get(p))
                        .append('\n');
            }
        }
        if (!overrides.isEmpty()) {
            y.append("  overrides:\n").append(overrides);
        }
    }

    private static void prescription(StringBuilder y, SimulationSetup s) {
        Prescription rx = s.prescription();
        if (rx.ptm() != null) {
            throw new IllegalArgumentException("patient bolus limits are not written");
        }
        y.append("prescription:\n");
        if (rx.concentrationUgPerMl() != s.reservoirConcentrationUgPerMl()) {
            y.append("  concentration: ")
                    .append(concentration(rx.concentrationUgPerMl()))
                    .append('\n');
        }
        if (rx.therapy() instanceof Therapy.Continuous c) {
            y.append("  mode: continuous\n  rate: ").append(c.rateNlPerDay()).append(" nL/day\n");
        } else if (rx.therapy() instanceof Therapy.Stopped) {
            y.append("  mode: stopped\n");
        } else {
            throw new IllegalArgumentException("only continuous and stopped prescriptions are written");
        }
    }

    private static void patient(StringBuilder y, PatientSetup p) {
        y.append("patient:\n  weight: ").append(p.weightG()).append(" g\n");
        if (p.adaptedDoseNgPerDay() != PatientSetup.ADAPTED_TO_PRESCRIPTION) {
            y.append("  adapted_to: ")
                    .append(BigDecimal.valueOf(p.adaptedDoseNgPerDay(), 3)
                            .stripTrailingZeros()
                            .toPlainString())
                    .append(" mcg/day\n");
        }
        if (!p.steadyStart()) {
            y.append("  csf_at_start: empty\n");
        }
        StringBuilder overrides = new StringBuilder();
        PatientParameters defaults = PatientParameters.defaults();
        for (PatientParameter q : PatientParameter.values()) {
            if (p.parameters().get(q) != defaults.get(q)) {
                overrides
                        .append("    ")
                        .append(q.key())
                        .append(": ")
                        .append(p.parameters().get(q))
                        .append('\n');
            }
        }
        if (!overrides.isEmpty()) {
            y.append("  parameters:\n").append(overrides);
        }
    }

    private static void command(StringBuilder y, TimedCommand c, SimulationSetup s) {
        y.append("  - at: ").append(QuantityFormat.duration(c.atUs())).append('\n');
        PumpCommand cmd = c.command();
        if (cmd instanceof PumpCommand.Interrogate) {
            y.append("    interrogate: {}\n");
        } else if (cmd instanceof PumpCommand.Refill r) {
            y.append("    refill:\n      volume: ")
                    .append(QuantityFormat.volumeMl(r.addedNl()))
                    .append('\n');
            y.append("      concentration: ")
                    .append(concentration(r.drugConcentrationUgPerMl()))
                    .append('\n');
            if (r.enteredConcentrationUgPerMl() != r.drugConcentrationUgPerMl()) {
                y.append("      entered_concentration: ")
                        .append(concentration(r.enteredConcentrationUgPerMl()))
                        .append('\n');
            }
            if (r.route() != RefillRoute.RESERVOIR) {
                y.append("      route: ")
                        .append(r.route().name().toLowerCase(java.util.Locale.ROOT))
                        .append('\n');
            }
            if (r.aspirateNl() != PumpCommand.Refill.ASPIRATE_ALL) {
                y.append("      aspirate: ")
                        .append(QuantityFormat.volumeMl(r.aspirateNl()))
                        .append('\n');
            }
            if (r.aspiratedNl() != PumpCommand.Refill.NOT_MEASURED) {
                throw new IllegalArgumentException("a refill's measured aspirate is not written");
            }
            if (r.nextRefillDueUs() != 0) {
                if (r.nextRefillDueUs() <= c.atUs()) {
                    throw new IllegalArgumentException("a refill's next refill is not after it");
                }
                y.append("      next_refill: ")
                        .append(QuantityFormat.duration(r.nextRefillDueUs() - c.atUs()))
                        .append('\n');
            }
            if (!r.enteredDrug().isEmpty()) {
                y.append("      drug: ").append(quoted(r.enteredDrug())).append('\n');
            }
        } else {
            throw new IllegalArgumentException(
                    "timeline command " + cmd.getClass().getSimpleName() + " is not written");
        }
    }

    private static void fault(StringBuilder y, FaultSpec f) {
        FaultSchedule s = f.schedule();
        if (s.when() != null) {
            throw new IllegalArgumentException("fault conditions are not written");
        }
        y.append("  - fault: ").append(f.kind().key()).append('\n');
        y.append("    name: ").append(quoted(f.name())).append('\n');
        y.append("    at: ").append(QuantityFormat.duration(s.atUs())).append('\n');
        if (s.pollUs() != FaultSchedule.DEFAULT_POLL_US) {
            y.append("    poll: ").append(QuantityFormat.duration(s.pollUs())).append('\n');
        }
        if (s.forUs() != 0) {
            y.append("    for: ").append(QuantityFormat.duration(s.forUs())).append('\n');
        }
        if (s.repeat() != 1) {
            y.append("    repeat: ").append(s.repeat()).append('\n');
        }
        if (s.everyUs() != 0) {
            y.append("    every: ").append(QuantityFormat.duration(s.everyUs())).append('\n');
        }
        if (s.probabilityPpm() != FaultSchedule.CERTAIN_PPM) {
            y.append("    probability: ")
                    .append(BigDecimal.valueOf(s.probabilityPpm(), 6)
                            .stripTrailingZeros()
                            .toPlainString())
                    .append('\n');
        }
        if (!f.parameters().isEmpty()) {
            y.append("    parameters:\n");
            for (Map.Entry<String, Long> e : f.parameters().entrySet()) {
                y.append("      ")
                        .append(e.getKey())
                        .append(": ")
                        .append(parameter(f.kind(), e.getKey(), e.getValue()))
                        .append('\n');
            }
        }
    }

    private static String parameter(FaultKind kind, String key, long value) {
        FaultParameter p = kind.parameter(key);
        if (p == null) {
            throw new IllegalArgumentException(kind.key() + " takes no parameter " + key);
        }
        return switch (p.unit()) {
            case DURATION_US -> QuantityFormat.duration(value);
            case VOLUME_RATE_NL_PER_DAY -> value + " nL/day";
            case FLAG -> value != 0 ? "true" : "false";
            default -> Long.toString(value);
        };
    }

    private static String concentration(long ugPerMl) {
        return ugPerMl + " mcg/mL";
    }

    /** A YAML double-quoted string. */
    private static String quoted(String text) {
        StringBuilder q = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        q.append(String.format("\\x%02x", (int) ch));
                    } else {
                        q.append(ch);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
