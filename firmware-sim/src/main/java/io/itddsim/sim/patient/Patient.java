package io.itddsim.sim.patient;

import io.itddsim.sim.SimInputException;
import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import java.util.List;

/**
 * The simulated patient downstream of the catheter tip (docs/PATIENT.md): part of the simulated
 * world, never seen by the firmware. It advances on its own fixed grid of sim time; at each grid
 * instant it reads the plant's cumulative intrathecal drug mass and takes what arrived since the
 * last instant as that step's dose into the spinal fluid, then moves its compartments, its
 * adaptation and its clinical states one step. State is integer, the arithmetic exact and in a
 * fixed order, and no random number is drawn, so a run's patient is the same on every machine.
 *
 * <p>A training and engineering model, not a clinical tool.
 */
public final class Patient implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Drug drug;
    private final long weightG;
    private final long gridUs;
    private final CsfCompartments csf;
    private final Adaptation adaptation;
    private final ClinicalGrading grading;
    private final ClinicalCourse course;

    private long lastIntrathecalPg;
    private long asOfUs;

    private Patient(
            Drug drug, long weightG, long gridUs, CsfCompartments csf, Adaptation adaptation, ClinicalGrading grading) {
        this.drug = drug;
        this.weightG = weightG;
        this.gridUs = gridUs;
        this.csf = csf;
        this.adaptation = adaptation;
        this.grading = grading;
        this.course = new ClinicalCourse(drug.drugClass().syndromes(), gradesNow());
    }

    /**
     * The patient a setup describes, on {@code drugName}, at sim time 0.
     *
     * @param startingDosePgPerDay the starting prescription's mean daily dose of drug, used for a
     *     steady start and as the adapted dose unless the setup names another
     * @param tickUs the loop's tick: the patient's grid must be a whole number of ticks
     * @throws SimInputException naming the drug or the parameter that is wrong
     */
    public static Patient create(PatientSetup setup, String drugName, long startingDosePgPerDay, long tickUs) {
        Drug drug = Drug.byName(drugName);
        if (drug == null) {
            throw new SimInputException(
                    "patient",
                    "the patient model has no kinetics for \"" + drugName + "\"; it knows " + Drug.knownNames());
        }
        PatientParameters p = setup.parameters();
        long gridUs = p.get(PatientParameter.GRID_US);
        if (gridUs % tickUs != 0) {
            throw new SimInputException(
                    PatientParameter.GRID_US.key(),
                    "expected a whole number of ticks (" + tickUs + " us), got " + gridUs + " us");
        }
        DrugKinetics k = DrugKinetics.of(drug, p);
        long weightG = setup.weightG();
        long startPgPerMl = setup.steadyStart() ? k.steadyStatePgPerMl(startingDosePgPerDay, weightG) : 0;
        long adaptedPgPerDay = setup.adaptedDoseNgPerDay() == PatientSetup.ADAPTED_TO_PRESCRIPTION
                ? startingDosePgPerDay
                : Math.multiplyExact(setup.adaptedDoseNgPerDay(), 1_000L);
        boolean opioid = drug.drugClass() == DrugClass.OPIOID;
        CsfCompartments csf = new CsfCompartments(
                k,
                weightG,
                gridUs,
                p.get(PatientParameter.OPIOID_ROSTRAL_HALF_LIFE),
                opioid ? p.get(PatientParameter.OPIOID_ROSTRAL_RATIO) : 0,
                startPgPerMl);
        Adaptation adaptation =
                Adaptation.of(drug.drugClass(), p, gridUs, k.steadyStatePgPerMl(adaptedPgPerDay, weightG));
        return new Patient(drug, weightG, gridUs, csf, adaptation, new ClinicalGrading(k, p));
    }

    /**
     * Advances one grid step to grid instant {@code timeUs}, given the plant's cumulative
     * intrathecal drug mass then. The engine calls it at every grid instant, in order.
     */
    public void advance(long timeUs, long intrathecalPg) {
        long dosePg = intrathecalPg - lastIntrathecalPg;
        lastIntrathecalPg = intrathecalPg;
        csf.step(dosePg);
        adaptation.step(csf.effectPgPerMl());
        course.update(timeUs, gradesNow());
        asOfUs = timeUs;
    }

    private int[] gradesNow() {
        List<Syndrome> followed = drug.drugClass().syndromes();
        int[] g = new int[followed.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = grading.grade(followed.get(i), csf, adaptation);
        }
        return g;
    }

    /** The patient's own step: its grid instants are the multiples of this. */
    public long gridUs() {
        return gridUs;
    }

    public Drug drug() {
        return drug;
    }

    /** Every change of a clinical state's grade since the run began, in order. */
    public List<ClinicalTransition> transitions() {
        return course.transitions();
    }

    /** The patient now (as of the last grid instant), as an immutable value. */
    public PatientStatus status() {
        return new PatientStatus(
                asOfUs,
                drug.key(),
                weightG,
                csf.lumbarPgPerMl(),
                csf.effectPgPerMl(),
                csf.rostralPgPerMl(),
                adaptation.adaptedPgPerMl(),
                adaptation.withdrawalDrivePpm(),
                course.states(),
                course.transitions().size());
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("patient")
                .add(drug.key())
                .add(weightG)
                .add(gridUs)
                .add(lastIntrathecalPg)
                .add(asOfUs);
        csf.hashInto(d);
        adaptation.hashInto(d);
        course.hashInto(d);
    }
}
