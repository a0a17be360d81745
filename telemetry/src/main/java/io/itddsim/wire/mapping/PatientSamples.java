package io.itddsim.wire.mapping;

import io.itddsim.proto.v1.ClinicalStateKind;
import io.itddsim.proto.v1.PatientSample;
import io.itddsim.sim.patient.ClinicalState;
import io.itddsim.sim.patient.PatientStatus;
import io.itddsim.sim.patient.Syndrome;

/**
 * Turns the model's {@link PatientStatus} into the status sample's patient extension. Simulated
 * ground truth: the session layer strips it for every role but the bench.
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

    static ClinicalStateKind kind(Syndrome syndrome) {
        return switch (syndrome) {
            case THERAPEUTIC_EFFECT -> ClinicalStateKind.CLINICAL_STATE_KIND_THERAPEUTIC_EFFECT;
            case OPIOID_OVERDOSE -> ClinicalStateKind.CLINICAL_STATE_KIND_OPIOID_OVERDOSE;
            case OPIOID_WITHDRAWAL -> ClinicalStateKind.CLINICAL_STATE_KIND_OPIOID_WITHDRAWAL;
            case BACLOFEN_WITHDRAWAL -> ClinicalStateKind.CLINICAL_STATE_KIND_BACLOFEN_WITHDRAWAL;
        };
    }
}
