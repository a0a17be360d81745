package io.itddsim.fleet.plan;

import io.itddsim.fleet.random.Draws;
import io.itddsim.fleet.spec.CohortSpec;
import io.itddsim.fleet.spec.DrugSpec;
import io.itddsim.fleet.spec.FleetSpec;
import io.itddsim.fleet.spec.MechanismSpec;
import io.itddsim.fleet.spec.PatientSpec;
import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.engine.TimedCommand;
import io.itddsim.sim.fault.FaultParameter;
import io.itddsim.sim.fault.FaultSchedule;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.patient.PatientParameter;
import io.itddsim.sim.patient.PatientParameters;
import io.itddsim.sim.patient.PatientSetup;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Turns a fleet file and a pump id into that pump's {@link PumpPlan}: a pure function, with every
 * random number from the pump's own streams ({@link Draws}), so any pump of a study can be planned,
 * and re-run, alone.
 *
 * <p>What a pump gets (docs/FLEET.md, "What a pump is"): a drug from its cohort's mix with a
 * concentration and a dose; the rate the programmer derives from them; a full reservoir; a refill
 * interval, shortened where the reservoir or the drug's stability demands it; a clinic visit
 * (interrogation, then aspirate all and refill to capacity) every interval; an age at entry, with
 * the battery charge such a pump has already used; a follow-up cut short by drop-out; and, for each
 * degradation mechanism whose drawn onset falls inside the follow-up, the catalogue fault armed at
 * that moment with its drawn parameters. A cohort with a {@code patient:} section gives each pump a
 * simulated patient of a drawn weight, adapted to the pump's prescription.
 */
public final class PumpPlanner {
    private static final long DAY_US = 86_400_000_000L;
    private static final double US_PER_YEAR = 365.25 * DAY_US;
    /** [A] the estimate left at a visit is at least the low-reservoir level plus this. */
    static final long RESERVOIR_MARGIN_NL = 500_000;
    /** [A] a pump entering the study old has not used more battery than this. */
    static final long MAX_BATTERY_SPENT_PPM = 950_000;

    private final FleetSpec spec;

    public PumpPlanner(FleetSpec spec) {
        this.spec = spec;
    }

    public FleetSpec spec() {
        return spec;
    }

    public int size() {
        return spec.size();
    }

    public PumpPlan plan(int id) {
        CohortSpec cohort = spec.cohortOf(id);
        PumpProfile profile = PumpProfile.byName(cohort.profile());
        Draws draws = new Draws(spec.seed(), id);

        Draws.Stream therapy = draws.stream("therapy");
        DrugSpec drug = pickDrug(cohort, therapy.uniform());
        long conc = drug.concentrationUgPerMl().draw(therapy);
        long dose = drug.doseNgPerDay().draw(therapy);
        long rate = clamp(
                Prescription.rateForDoseNg(dose, conc),
                profile.get(ProfileParameter.MIN_PROGRAMMABLE_RATE_NL_PER_DAY),
                profile.get(ProfileParameter.MAX_RATE_NL_PER_DAY));

        Draws.Stream schedule = draws.stream("schedule");
        long implantAge = Math.max(0, cohort.implantAgeUs().draw(schedule));
        long interval = refillInterval(cohort.refillIntervalUs().draw(schedule), rate, drug, profile);

        long followUp = cohort.followUpUs();
        boolean droppedOut = false;
        if (cohort.dropoutPerYear() > 0) {
            double dropoutUs = draws.stream("dropout").exponential() / cohort.dropoutPerYear() * US_PER_YEAR;
            if (dropoutUs < followUp) {
                droppedOut = true;
                followUp = Math.max(DAY_US, (long) (dropoutUs / DAY_US) * DAY_US); // whole days, at least one
            }
        }

        List<MechanismDraw> mechanisms = new ArrayList<>();
        List<FaultSpec> faults = new ArrayList<>();
        for (MechanismSpec m : spec.mechanisms()) {
            Draws.Stream r = draws.stream("mechanism/" + m.name());
            double hr = m.hazardRatio(drug.drug(), drug.offLabel()) * cohort.hazardRatio(m.name());
            long onset = m.onset().drawAgeUs(r, implantAge, hr);
            TreeMap<String, Long> parameters = new TreeMap<>();
            m.parameters()
                    .forEach(
                            (key, dist) -> parameters.put(key, clampTo(m.fault().parameter(key), dist.draw(r))));
            boolean armed = onset != Long.MAX_VALUE && onset - implantAge < followUp;
            mechanisms.add(new MechanismDraw(m.name(), m.fault(), onset, armed, parameters));
            if (armed) {
                faults.add(new FaultSpec(m.name(), m.fault(), parameters, FaultSchedule.at(onset - implantAge)));
            }
        }

        List<Long> visits = new ArrayList<>();
        List<TimedCommand> timeline = new ArrayList<>();
        long capacity = profile.get(ProfileParameter.RESERVOIR_CAPACITY_NL);
        for (long t = interval; t < followUp; t += interval) {
            visits.add(t);
            timeline.add(new TimedCommand(t, new PumpCommand.Interrogate()));
            timeline.add(new TimedCommand(t, PumpCommand.Refill.ofReservoir(capacity, conc, 0)));
        }
        if (cohort.interrogationEveryUs() > 0) {
            for (long t = cohort.interrogationEveryUs(); t < followUp; t += cohort.interrogationEveryUs()) {
                if (t % interval != 0) {
                    timeline.add(new TimedCommand(t, new PumpCommand.Interrogate()));
                }
            }
            timeline.sort(java.util.Comparator.comparingLong(TimedCommand::atUs)); // stable: visit order kept
        }

        long patientWeightG = 0;
        SimulationSetup setup = new SimulationSetup(
                profile,
                draws.stream("seed").nextLong(),
                capacity,
                conc,
                capacity,
                true,
                Prescription.continuous(drug.drug(), conc, rate),
                BatteryAge.spentPpm(profile, rate, implantAge, MAX_BATTERY_SPENT_PPM),
                0,
                AlarmSettings.defaults(profile));
        if (cohort.hasPatients()) {
            // its own stream: a patient changes no other draw of the pump
            patientWeightG = PatientSpec.clampWeightG(cohort.patient().weightG().draw(draws.stream("patient")));
            setup = setup.withPatient(PatientSetup.onPrescription(patientWeightG)
                    .withParameters(PatientParameters.defaults()
                            .with(PatientParameter.GRID_US, cohort.patient().gridUs())));
        }
        RunPlan run = new RunPlan(
                spec.name() + " pump " + id, spec.source() + " pump " + id, setup, followUp, timeline, faults);
        return new PumpPlan(
                id,
                cohort.name(),
                drug.drug(),
                drug.offLabel(),
                dose,
                rate,
                implantAge,
                followUp,
                droppedOut,
                interval,
                visits,
                mechanisms,
                patientWeightG,
                run);
    }

    private static DrugSpec pickDrug(CohortSpec cohort, double u) {
        double cumulative = 0;
        for (DrugSpec d : cohort.drugs()) {
            cumulative += d.share();
            if (u < cumulative) {
                return d;
            }
        }
        return cohort.drugs().get(cohort.drugs().size() - 1); // shares add up to 1 within rounding
    }

    /**
     * The drawn interval in whole days, shortened so that the pump's estimate at the visit is still
     * above the low-reservoir level (with a margin) and the drug is within its stability limit.
     */
    private static long refillInterval(long drawnUs, long rateNlPerDay, DrugSpec drug, PumpProfile profile) {
        long usable = profile.get(ProfileParameter.RESERVOIR_CAPACITY_NL)
                - AlarmSettings.defaults(profile).lowReservoirNl()
                - RESERVOIR_MARGIN_NL;
        long days = Math.min(drawnUs / DAY_US, Math.max(1, usable / rateNlPerDay));
        if (drug.maxRefillIntervalUs() > 0) {
            days = Math.min(days, drug.maxRefillIntervalUs() / DAY_US);
        }
        return Math.max(1, days) * DAY_US;
    }

    private static long clampTo(FaultParameter p, long value) {
        return clamp(value, p.min(), p.max());
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
