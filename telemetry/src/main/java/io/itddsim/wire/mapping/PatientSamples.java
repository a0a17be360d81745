package io.itddsim.wire.mapping;

import io.itddsim.proto.v1.ClinicalStateKind;
import io.itddsim.proto.v1.PatientSample;
import io.itddsim.sim.patient.ClinicalState;
import io.itddsim.sim.patient.PatientStatus;
import io.itddsim.sim.patient.Syndrome;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the model's {@link PatientStatus} into the status sample's patient extension, and back for
 * a bench. Simulated ground truth: the session layer strips it for every role but the bench.
 */
public final class PatientSamples {

    private PatientSamples() {}

    public static PatientSample of(PatientStatus p) {
        PatientSample.Builder b = PatientSample.newBuilder()
                .setAsOfUs(p.asOfUs())
                .setDrug(p.drug())
                .setWeightG(p.weightG())
                .setCsfPgPerMl(p.csfPgPerMl())
                .setEffectSitePgPerMl(p.effectSitePgPerMl())
                .setRostralPgPerMl(p.rostralPgPerMl())
                .setTolerancePgPerMl(p.tolerancePgPerMl())
                .setWithdrawalDrivePpm(StatusSamples.clampToUint32(p.withdrawalDrivePpm()))
                .setTransitionCount(p.transitionCount());
        for (ClinicalState s : p.states()) {
            b.addStates(io.itddsim.proto.v1.ClinicalState.newBuilder()
                    .setKind(kind(s.syndrome()))
                    .setGrade(s.grade())
                    .setSinceUs(s.sinceUs()));
        }
        return b.build();
    }

    /**
     * The model's view of a patient sample, as a bench reads it back. A state of a kind this side
     * does not know (a newer pump's) is left out.
     */
    public static PatientStatus status(PatientSample p) {
        List<ClinicalState> states = new ArrayList<>();
        for (io.itddsim.proto.v1.ClinicalState s : p.getStatesList()) {
            Syndrome syndrome = syndrome(s.getKind());
            if (syndrome != null) {
                states.add(new ClinicalState(syndrome, s.getGrade(), s.getSinceUs()));
            }
        }
        return new PatientStatus(
                p.getAsOfUs(),
                p.getDrug(),
                p.getWeightG(),
                p.getCsfPgPerMl(),
                p.getEffectSitePgPerMl(),
                p.getRostralPgPerMl(),
                p.getTolerancePgPerMl(),
                Integer.toUnsignedLong(p.getWithdrawalDrivePpm()),
                states,
                p.getTransitionCount());
    }

    /** The state of a wire kind; null for one this side does not know. */
    static Syndrome syndrome(ClinicalStateKind kind) {
        for (Syndrome s : Syndrome.values()) {
            if (kind(s) == kind) {
                return s;
            }
        }
        return null;
    }

    static ClinicalStateKind kind(Syndrome syndrome) {
        return switch (syndrome) {
            case THERAPEUTIC_EFFECT -> ClinicalStateKind.CLINICAL_STATE_KIND_THERAPEUTIC_EFFECT;
            case OPIOID_OVERDOSE -> ClinicalStateKind.CLINICAL_STATE_KIND_OPIOID_OVERDOSE;
            case OPIOID_WITHDRAWAL -> ClinicalStateKind.CLINICAL_STATE_KIND_OPIOID_WITHDRAWAL;
            case BACLOFEN_WITHDRAWAL -> ClinicalStateKind.CLINICAL_STATE_KIND_BACLOFEN_WITHDRAWAL;
        };
    }
}
