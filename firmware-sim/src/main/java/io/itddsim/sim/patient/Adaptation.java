package io.itddsim.sim.patient;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;

/**
 * How the patient's body adapts to the drug, and what happens when it is taken away
 * (docs/PATIENT.md, "Tolerance and withdrawal"). The adapted level (opioid tolerance, baclofen
 * adaptation) follows the effect-site concentration slowly, rising over days on drug and falling
 * over days without it. A dependent patient (adapted level at or above the dependence threshold)
 * whose effect-site concentration falls below that level has a deficit, its share of the level;
 * the withdrawal drive follows the deficit with a delay, and the withdrawal grades are read from
 * the drive. A drug without adaptation keeps both at zero.
 */
final class Adaptation implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean adapts;
    private final long riseKeepPpb;
    private final long lossKeepPpb;
    private final long dependencePgPerMl;
    private final long driveRiseKeepPpb;
    private final long driveFallKeepPpb;

    private long adaptedPgPerMl;
    private long withdrawalDrivePpm;

    private Adaptation(
            boolean adapts,
            long riseKeepPpb,
            long lossKeepPpb,
            long dependencePgPerMl,
            long driveRiseKeepPpb,
            long driveFallKeepPpb,
            long adaptedPgPerMl) {
        this.adapts = adapts;
        this.riseKeepPpb = riseKeepPpb;
        this.lossKeepPpb = lossKeepPpb;
        this.dependencePgPerMl = dependencePgPerMl;
        this.driveRiseKeepPpb = driveRiseKeepPpb;
        this.driveFallKeepPpb = driveFallKeepPpb;
        this.adaptedPgPerMl = adapts ? adaptedPgPerMl : 0;
    }

    /** The adaptation of a drug of {@code drugClass}, starting adapted to {@code adaptedPgPerMl}, the drive at rest. */
    static Adaptation of(DrugClass drugClass, PatientParameters p, long gridUs, long adaptedPgPerMl) {
        return switch (drugClass) {
            case OPIOID ->
                new Adaptation(
                        true,
                        FixedPoint.keepPpb(p.get(PatientParameter.OPIOID_TOLERANCE_RISE_HALF_LIFE), gridUs),
                        FixedPoint.keepPpb(p.get(PatientParameter.OPIOID_TOLERANCE_LOSS_HALF_LIFE), gridUs),
                        p.get(PatientParameter.OPIOID_DEPENDENCE),
                        FixedPoint.keepPpb(p.get(PatientParameter.OPIOID_WITHDRAWAL_RISE_HALF_LIFE), gridUs),
                        FixedPoint.keepPpb(p.get(PatientParameter.OPIOID_WITHDRAWAL_FALL_HALF_LIFE), gridUs),
                        adaptedPgPerMl);
            case BACLOFEN ->
                new Adaptation(
                        true,
                        FixedPoint.keepPpb(p.get(PatientParameter.BACLOFEN_ADAPTATION_RISE_HALF_LIFE), gridUs),
                        FixedPoint.keepPpb(p.get(PatientParameter.BACLOFEN_ADAPTATION_LOSS_HALF_LIFE), gridUs),
                        p.get(PatientParameter.BACLOFEN_DEPENDENCE),
                        FixedPoint.keepPpb(p.get(PatientParameter.BACLOFEN_WITHDRAWAL_RISE_HALF_LIFE), gridUs),
                        FixedPoint.keepPpb(p.get(PatientParameter.BACLOFEN_WITHDRAWAL_FALL_HALF_LIFE), gridUs),
                        adaptedPgPerMl);
            case OTHER -> new Adaptation(false, 0, 0, 0, 0, 0, 0);
        };
    }

    /** One grid step at effect-site concentration {@code effectPgPerMl}. */
    void step(long effectPgPerMl) {
        if (!adapts) {
            return;
        }
        adaptedPgPerMl = FixedPoint.lag(
                adaptedPgPerMl, effectPgPerMl, effectPgPerMl > adaptedPgPerMl ? riseKeepPpb : lossKeepPpb);
        long deficit = deficitPpm(effectPgPerMl);
        withdrawalDrivePpm = FixedPoint.lag(
                withdrawalDrivePpm, deficit, deficit > withdrawalDrivePpm ? driveRiseKeepPpb : driveFallKeepPpb);
    }

    /** The share of the adapted level the effect site lacks, in ppm; 0 for a patient not dependent. */
    private long deficitPpm(long effectPgPerMl) {
        if (adaptedPgPerMl < dependencePgPerMl || effectPgPerMl >= adaptedPgPerMl) {
            return 0;
        }
        return FixedPoint.mulDiv(adaptedPgPerMl - effectPgPerMl, FixedPoint.ONE_PPM, adaptedPgPerMl);
    }

    long adaptedPgPerMl() {
        return adaptedPgPerMl;
    }

    long withdrawalDrivePpm() {
        return withdrawalDrivePpm;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("patient.adaptation").add(adaptedPgPerMl).add(withdrawalDrivePpm);
    }
}
