package io.itddsim.bench.scenario;

import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.engine.TimedCommand;
import io.itddsim.sim.firmware.BolusKind;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.firmware.RefillRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the {@code timeline}: a list of entries, each {@code at} a sim time with exactly one
 * command. Commands are checked for form here; the pump checks clinical limits when it applies
 * them (so a scenario can send a command the pump refuses, on purpose).
 */
final class TimelineReader {
    private static final Set<String> COMMANDS = Set.of(
            "program",
            "begin_programming",
            "bolus",
            "priming_bolus",
            "ptm_bolus",
            "refill",
            "interrogate",
            "alarm_test",
            "acknowledge_alarms",
            "configure_alarms");
    private static final Set<String> BOLUS_KEYS = Set.of("volume", "duration");
    private static final Set<String> PROGRAM_EXTRA = Set.of("bridge_bolus");
    private static final Set<String> REFILL_KEYS =
            Set.of("volume", "concentration", "entered_concentration", "route", "aspirate", "next_refill", "drug");
    private static final Set<String> ACK_KEYS = Set.of("alarms");

    private final String drug;
    private final long concentration;
    private final long durationUs;
    private final AlarmSettings alarmDefaults;

    TimelineReader(String drug, long concentration, long durationUs, AlarmSettings alarmDefaults) {
        this.drug = drug;
        this.concentration = concentration;
        this.durationUs = durationUs;
        this.alarmDefaults = alarmDefaults;
    }

    List<TimedCommand> read(YamlList list) throws ScenarioError {
        List<TimedCommand> out = new ArrayList<>();
        for (YamlValue item : list.items()) {
            YamlMap entry = item.asMap();
            Set<String> allowed = new java.util.TreeSet<>(COMMANDS);
            allowed.add("at");
            entry.allowOnly(allowed);
            long atUs = entry.requiredQuantity("at", QuantityKind.DURATION);
            if (atUs > durationUs) {
                throw entry.required("at")
                        .error("is after the end of the run (duration " + QuantityFormat.duration(durationUs) + ")");
            }
            String kind = entry.exactlyOneOf(COMMANDS);
            out.add(new TimedCommand(atUs, command(kind, entry.required(kind), atUs), entry.line()));
        }
        return out;
    }

    private PumpCommand command(String kind, YamlValue node, long atUs) throws ScenarioError {
        switch (kind) {
            case "begin_programming":
                return noArguments(node, new PumpCommand.BeginProgramming());
            case "ptm_bolus":
                return noArguments(node, new PumpCommand.PatientBolus());
            case "interrogate":
                return noArguments(node, new PumpCommand.Interrogate());
            case "alarm_test":
                return noArguments(node, new PumpCommand.AlarmTest());
            case "acknowledge_alarms":
                return acknowledge(node);
            case "configure_alarms":
                return new PumpCommand.ConfigureAlarms(AlarmSettingsReader.read(node.asMap(), alarmDefaults));
            case "refill":
                return refill(node.asMap(), atUs);
            case "bolus":
                return bolus(node.asMap(), BolusKind.SINGLE);
            case "priming_bolus":
                return bolus(node.asMap(), BolusKind.PRIMING);
            default:
                return program(node.asMap());
        }
    }

    private static PumpCommand noArguments(YamlValue node, PumpCommand c) throws ScenarioError {
        if (!node.isNull() && !(node.isMap() && node.asMap().keys().isEmpty())) {
            throw node.error("takes no arguments; write it as {}");
        }
        return c;
    }

    private PumpCommand program(YamlMap body) throws ScenarioError {
        if (!body.has("bridge_bolus")) {
            return new PumpCommand.Program(PrescriptionReader.read(body, drug, concentration));
        }
        long bridgeNl = body.requiredQuantity("bridge_bolus", QuantityKind.VOLUME);
        return new PumpCommand.ProgramWithBridgeBolus(
                PrescriptionReader.read(body, drug, concentration, PROGRAM_EXTRA), bridgeNl);
    }

    private static PumpCommand bolus(YamlMap body, BolusKind kind) throws ScenarioError {
        body.allowOnly(BOLUS_KEYS);
        return new PumpCommand.StartBolus(
                kind,
                body.requiredQuantity("volume", QuantityKind.VOLUME),
                body.requiredQuantity("duration", QuantityKind.DURATION));
    }

    /**
     * {@code refill: {volume, concentration, entered_concentration, route, aspirate, next_refill, drug}}:
     * concentration defaults to the reservoir's; the entered one to the true one; route to the
     * reservoir; aspirate to all; next_refill (the alarm clock) is a time after this refill; drug,
     * when given, is the drug name the clinician enters (the pump refuses one it is not programmed for).
     */
    private PumpCommand refill(YamlMap body, long atUs) throws ScenarioError {
        body.allowOnly(REFILL_KEYS);
        long addedNl = body.requiredQuantity("volume", QuantityKind.VOLUME);
        long conc = body.optionalQuantity("concentration", QuantityKind.CONCENTRATION)
                .orElse(concentration);
        long entered = body.optionalQuantity("entered_concentration", QuantityKind.CONCENTRATION)
                .orElse(conc);
        RefillRoute route = RefillRoute.RESERVOIR;
        if (body.has("route")) {
            String r = body.requiredString("route");
            try {
                route = RefillRoute.valueOf(r.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw body.required("route")
                        .error("expected reservoir, pocket or catheter_access_port; got \"" + r + "\"");
            }
        }
        long aspirate = PumpCommand.Refill.ASPIRATE_ALL;
        if (body.has("aspirate") && !"all".equals(body.required("aspirate").asString())) {
            aspirate = body.requiredQuantity("aspirate", QuantityKind.VOLUME);
        }
        long next = body.optionalQuantity("next_refill", QuantityKind.DURATION).orElse(0);
        return new PumpCommand.Refill(
                route,
                aspirate,
                PumpCommand.Refill.NOT_MEASURED,
                addedNl,
                conc,
                entered,
                next == 0 ? 0 : atUs + next,
                body.optionalString("drug").orElse(""));
    }

    private static PumpCommand acknowledge(YamlValue node) throws ScenarioError {
        List<AlarmType> types = new ArrayList<>();
        if (!node.isNull()) {
            YamlMap body = node.asMap();
            body.allowOnly(ACK_KEYS);
            if (body.has("alarms")) {
                for (YamlValue v : body.requiredList("alarms").items()) {
                    String name = v.asString();
                    try {
                        types.add(AlarmType.valueOf(name.toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw v.error("unknown alarm \"" + name + "\"; expected one of "
                                + java.util.Arrays.toString(AlarmType.values()).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return new PumpCommand.AcknowledgeAlarms(types);
    }
}
