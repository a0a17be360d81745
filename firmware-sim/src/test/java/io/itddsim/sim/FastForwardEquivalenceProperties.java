package io.itddsim.sim;

import static org.junit.jupiter.api.Assertions.assertNull;

import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.engine.LeapMutation;
import io.itddsim.sim.engine.LeapMutations;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.firmware.BolusKind;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PtmLimits;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.firmware.RefillRoute;
import io.itddsim.sim.firmware.Therapy;
import io.itddsim.sim.patient.PatientParameter;
import io.itddsim.sim.patient.PatientParameters;
import io.itddsim.sim.patient.PatientSetup;
import io.itddsim.sim.plant.Battery;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fast-forward must be invisible (DESIGN.md rule 5): for generated pumps, prescriptions, command
 * timelines (refills by every route, some leaving drug behind to mix with another strength,
 * interrogations, alarm tests, patient boluses, abandoned programming transfers), battery ages (some
 * crossing ERI or EOS), alarm clocks, a gear seizure or a battery sagging to the edge of brown-out
 * part-way (so alarms are raised, repeat and are cleared), and armed faults of every catalogue
 * entry with generated schedules (some armed or cleared part-way), a run that skips quiet
 * stretches and runs of whole strokes and the same run stepped tick by tick end in the same state
 * hash, with the same fault records. {@link FastForwardMutationTest} shows this fails when the
 * fast-forward is broken; {@link FastForwardOverYearsProperties} covers years. Battery ages and
 * shortened design lives cross ERI by voltage, by the service left at the programmed rate and by
 * the end of the design life; half the cases have a patient downstream of the catheter (several
 * drugs, weights, histories and grid steps), whose state must match too.
 */
class FastForwardEquivalenceProperties {
    private static final long MINUTE_US = 60_000_000L;
    private static final long HOUR_US = 60 * MINUTE_US;

    /** Patient boluses allowed: 10 uL over 5 min, 1 h lockout, 6 a day. */
    private static final PtmLimits PTM = new PtmLimits(10_000, 5 * MINUTE_US, HOUR_US, 6);

    /** What befalls the pump part-way (at {@link Case#seizeAtUs()}). */
    enum PartWay {
        /** Nothing: the whole run is a sound pump's, as long as no fault acts. */
        NOTHING,
        /** The gears seize (wear x5): every step fails from then on. */
        SEIZE,
        /**
         * The battery's resistance rises until a step's voltage is {@link Case#sagMarginMv()} above
         * brown-out, so that the battery's decline browns a step out somewhere within a run of whole
         * strokes at high rates.
         */
        SAG
    }

    record Case(
            SimulationSetup setup,
            List<Long> times,
            List<PumpCommand> commands,
            long seizeAtUs,
            long horizonUs,
            List<FaultSpec> faults,
            PartWay partWay,
            long sagMarginMv) {}

    @Property(tries = 100)
    void fastForwardEndsInTheSameStateAsStepping(@ForAll("cases") Case c) {
        assertNull(firstDifference(c, LeapMutation.NONE, true), "case " + c);
    }

    /**
     * Runs the case skipped (with its whole-stroke leaps broken as {@code mutation} says) and stepped;
     * returns where they first differ, or null when they agree throughout.
     */
    static String firstDifference(Case c, LeapMutation mutation, boolean collectStatistics) {
        PumpSimulator skipped = LeapMutations.broken(build(c, true), mutation);
        PumpSimulator stepped = build(c, false);
        // stop half-way too: a run interrupted and resumed must also agree
        for (long until : new long[] {c.seizeAtUs(), c.horizonUs()}) {
            skipped.runUntil(until);
            stepped.runUntil(until);
            if (!stepped.stateHash().equals(skipped.stateHash())) {
                return "state hash at " + until + " us";
            }
            if (!stepped.faultRecords().equals(skipped.faultRecords())) {
                return "fault records at " + until + " us: " + stepped.faultRecords() + " vs " + skipped.faultRecords();
            }
            if (!java.util.Objects.equals(
                    stepped.status().patient(), skipped.status().patient())) {
                return "patient at " + until + " us";
            }
            if (!stepped.patientTransitions().equals(skipped.patientTransitions())) {
                return "patient transitions at " + until + " us";
            }
            if (until == c.horizonUs() && collectStatistics) {
                net.jqwik.api.statistics.Statistics.label("fault occurrences")
                        .collect(Math.min(3, skipped.faultRecords().size()));
                net.jqwik.api.statistics.Statistics.label("patient")
                        .collect(
                                skipped.patient() == null
                                        ? "none"
                                        : skipped.patient().drug().key());
                net.jqwik.api.statistics.Statistics.label("faults refused")
                        .collect(skipped.faultInputs().stream()
                                .filter(i -> !i.result().accepted())
                                .count());
                net.jqwik.api.statistics.Statistics.label("ticks stepped when skipping")
                        .collect(skipped.ticksStepped() * 10 < skipped.ticks() ? "<10%" : ">=10%");
                net.jqwik.api.statistics.Statistics.label("ERI").collect(eriCause(skipped));
            }
            partWay(skipped, c);
            partWay(stepped, c);
            // part-way: arm the last fault and (with three or more) clear the first
            int n = c.faults().size();
            if (until == c.seizeAtUs() && n > 1) {
                for (PumpSimulator sim : new PumpSimulator[] {skipped, stepped}) {
                    sim.armFault(c.faults().get(n - 1));
                    if (n >= 3) {
                        sim.clearFault(c.faults().get(0).name());
                    }
                }
                if (!stepped.faultInputs().equals(skipped.faultInputs())) {
                    return "fault inputs at " + until + " us";
                }
            }
        }
        return null;
    }

    private static void partWay(PumpSimulator sim, Case c) {
        switch (c.partWay()) {
            case NOTHING -> {}
            case SEIZE -> sim.plant().gears().setWearPpm(5_000_000);
            case SAG -> {
                Battery b = sim.plant().battery();
                long headroomMv = b.openCircuitMv() - sim.profile().get(ProfileParameter.BROWNOUT_MV) - c.sagMarginMv();
                b.setInternalResistanceMilliOhm(Math.max(0, headroomMv) * 1_000_000 / b.stepCurrentUa());
            }
        }
    }

    /** Why the run reached ERI, if it did (each way is also crossed on purpose in {@code EriToEosTest}). */
    private static String eriCause(PumpSimulator sim) {
        return sim.events().stream()
                .filter(e -> e.type() == io.itddsim.sim.event.EventType.BATTERY_ERI)
                .map(e ->
                        e.detail().isEmpty() ? "voltage" : e.detail().equals("design life") ? "design life" : "reserve")
                .findFirst()
                .orElse("none");
    }

    static PumpSimulator build(Case c, boolean fastForward) {
        PumpSimulator sim = PumpSimulator.create(c.setup());
        sim.setFastForward(fastForward);
        for (int i = 0; i < c.commands().size(); i++) {
            sim.schedule(c.times().get(i), c.commands().get(i));
        }
        c.faults().stream().limit(Math.max(1, c.faults().size() - 1)).forEach(sim::armFault);
        return sim;
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Long> horizon = Arbitraries.longs().between(10 * MINUTE_US, 6 * HOUR_US);
        // some cases have no fault acting at the start, so that runs of whole strokes are taken
        Arbitrary<List<FaultSpec>> faults = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(List.<FaultSpec>of())),
                net.jqwik.api.Tuple.of(1, FaultArbitraries.watchingDelivery()),
                net.jqwik.api.Tuple.of(3, FaultArbitraries.faultLists(6 * HOUR_US)));
        return Combinators.combine(
                        setups(),
                        horizon,
                        commandLists(),
                        Arbitraries.integers().between(1, 9),
                        faults,
                        Arbitraries.of(PartWay.class),
                        Arbitraries.longs().between(0, 3))
                .as((setup, h, cmds, seizeTenths, fs, partWay, sag) -> {
                    List<Long> times = new ArrayList<>();
                    List<PumpCommand> commands = new ArrayList<>();
                    for (int i = 0; i < cmds.size(); i++) {
                        times.add(h * (i + 1) / (cmds.size() + 1) + i * 777);
                        commands.add(cmds.get(i));
                    }
                    return new Case(setup, times, commands, h * seizeTenths / 10, h, fs, partWay, sag);
                });
    }

    private Arbitrary<SimulationSetup> setups() {
        Arbitrary<Long> seed = Arbitraries.longs();
        Arbitrary<Boolean> big = Arbitraries.of(true, false);
        Arbitrary<Therapy> therapy = therapies();
        // fresh, just above the ERI or EOS knee so that short runs cross them, or part-spent, where the
        // service left at a high programmed rate (or at a rate programmed part-way) calls for ERI
        Arbitrary<Long> dod = Arbitraries.oneOf(
                Arbitraries.just(0L),
                Arbitraries.longs().between(917_300, 917_520),
                Arbitraries.longs().between(974_900, 975_010),
                Arbitraries.longs().between(400_000, 917_000));
        Arbitrary<Long> clock = Arbitraries.longs().between(0, 24 * HOUR_US - 1);
        // any fill, or a little above the low-reservoir level so that short runs cross it
        Arbitrary<Long> volume = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(0, 20_000_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(2_000_000, 4_000_000)));
        // an alarm clock somewhere in the run, or none
        Arbitrary<Long> alarmClock =
                Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(1, 6 * HOUR_US));
        // progressive faults step once an hour by default; sometimes every 97 s so short runs see many steps
        Arbitrary<Long> rampUs = Arbitraries.of(3_600_000_000L, 97_000_000L);
        Arbitrary<SimulationSetup> base = Combinators.combine(
                        seed, big, therapy, dod, clock, volume, Arbitraries.of(true, false), rampUs)
                .as((s, b, t, d, clk, vol, primed, ramp) -> new SimulationSetup(
                        (b ? PumpProfile.synchroMed40ml() : PumpProfile.synchroMed20ml())
                                .with(ProfileParameter.FAULT_RAMP_INTERVAL_US, ramp),
                        s,
                        vol,
                        25_000,
                        vol,
                        primed,
                        new Prescription("morphine", 25_000, t, PTM),
                        d,
                        clk));
        // the design life as it is, or ending within the run, so that the service-life ERI comes part-way
        long reserveUs = ProfileParameter.ERI_TO_EOS_MIN_US.defaultValue();
        Arbitrary<Long> designLife = Arbitraries.oneOf(
                Arbitraries.just(ProfileParameter.DESIGN_LIFE_US.defaultValue()),
                Arbitraries.just(reserveUs),
                Arbitraries.longs().between(reserveUs, reserveUs + 6 * HOUR_US));
        Arbitrary<Optional<PatientSetup>> patient =
                Arbitraries.oneOf(Arbitraries.just(Optional.empty()), patients().map(Optional::of));
        Arbitrary<String> drug = Arbitraries.of("morphine", "hydromorphone", "fentanyl", "baclofen", "ziconotide");
        return Combinators.combine(base, alarmClock, designLife, patient, drug).as((setup, at, life, p, d) -> {
            SimulationSetup s = new SimulationSetup(
                    setup.profile().with(ProfileParameter.DESIGN_LIFE_US, life),
                    setup.seed(),
                    setup.reservoirVolumeNl(),
                    setup.reservoirConcentrationUgPerMl(),
                    setup.reservoirEnteredNl(),
                    setup.catheterPrimed(),
                    setup.prescription(),
                    setup.batteryDepthOfDischargePpm(),
                    setup.startTimeOfDayUs(),
                    AlarmSettings.defaults(setup.profile()).withAlarmClockUs(at));
            return p.isEmpty() ? s : withDrug(s, d).withPatient(p.get());
        });
    }

    /** Patients of several weights and histories, on the default grid or an odd or coarse one. */
    private Arbitrary<PatientSetup> patients() {
        Arbitrary<Long> weight = Arbitraries.longs().between(10_000, 150_000);
        Arbitrary<Long> adapted = Arbitraries.oneOf(
                Arbitraries.just(PatientSetup.ADAPTED_TO_PRESCRIPTION),
                Arbitraries.just(0L),
                Arbitraries.longs().between(1, 20_000_000));
        Arbitrary<Long> grid = Arbitraries.of(60_000_000L, 7_000_000L, 3_600_000_000L);
        return Combinators.combine(weight, adapted, Arbitraries.of(true, false), grid)
                .as((w, a, steady, g) -> new PatientSetup(
                        w, a, steady, PatientParameters.defaults().with(PatientParameter.GRID_US, g)));
    }

    private static SimulationSetup withDrug(SimulationSetup s, String drug) {
        Prescription rx = s.prescription();
        return new SimulationSetup(
                s.profile(),
                s.seed(),
                s.reservoirVolumeNl(),
                s.reservoirConcentrationUgPerMl(),
                s.reservoirEnteredNl(),
                s.catheterPrimed(),
                new Prescription(drug, rx.concentrationUgPerMl(), rx.therapy(), rx.ptm()),
                s.batteryDepthOfDischargePpm(),
                s.startTimeOfDayUs(),
                s.alarmSettings());
    }

    private Arbitrary<Therapy> therapies() {
        Arbitrary<Long> rate = Arbitraries.longs().between(48_000, 24_000_000);
        Arbitrary<Therapy> continuous = rate.map(Therapy.Continuous::new);
        Arbitrary<Therapy> flex = Arbitraries.longs()
                .between(0, 24 * HOUR_US - 1)
                .set()
                .ofMinSize(1)
                .ofMaxSize(5)
                .flatMap(starts -> rate.list().ofSize(starts.size()).map(rates -> {
                    List<Long> sorted = new ArrayList<>(starts);
                    sorted.sort(null);
                    List<Therapy.FlexStep> steps = new ArrayList<>();
                    for (int i = 0; i < sorted.size(); i++) {
                        steps.add(new Therapy.FlexStep(sorted.get(i), rates.get(i)));
                    }
                    return new Therapy.Flex(steps);
                }));
        return Arbitraries.oneOf(continuous, flex, Arbitraries.just(new Therapy.Stopped()));
    }

    private Arbitrary<List<PumpCommand>> commandLists() {
        Arbitrary<PumpCommand> program =
                therapies().map(t -> new PumpCommand.Program(new Prescription("morphine", 25_000, t)));
        // some boluses are refused (too fast): refusals must replay identically too
        Arbitrary<PumpCommand> bolus = Combinators.combine(
                        Arbitraries.of(BolusKind.values()),
                        Arbitraries.longs().between(1, 600_000),
                        Arbitraries.longs().between(1_000, 3 * HOUR_US))
                .as(PumpCommand.StartBolus::new);
        Arbitrary<PumpCommand> badRate = Arbitraries.longs()
                .between(24_000_001, 90_000_000)
                .map(r -> new PumpCommand.Program(Prescription.continuous("morphine", 25_000, r)));
        // all aspirated, or some left behind to mix with what is added (of the same or another strength)
        Arbitrary<Long> aspirate = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(PumpCommand.Refill.ASPIRATE_ALL)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 5_000_000)));
        Arbitrary<Long> strength = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(25_000L)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(1_000, 50_000)));
        Arbitrary<PumpCommand> refill = Combinators.combine(
                        Arbitraries.of(RefillRoute.values()),
                        aspirate,
                        Arbitraries.longs().between(1, 25_000_000),
                        strength)
                .as((route, out, nl, ug) ->
                        new PumpCommand.Refill(route, out, PumpCommand.Refill.NOT_MEASURED, nl, ug, ug, 0));
        Arbitrary<PumpCommand> supervision = Arbitraries.of(
                new PumpCommand.Interrogate(),
                new PumpCommand.AlarmTest(),
                new PumpCommand.PatientBolus(),
                new PumpCommand.BeginProgramming(),
                new PumpCommand.AcknowledgeAlarms(List.of()));
        return Arbitraries.oneOf(program, bolus, bolus, badRate, refill, supervision, supervision)
                .list()
                .ofMaxSize(6);
    }
}
