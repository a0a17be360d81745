package io.itddsim.wire.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itddsim.proto.v1.ClinicalStateKind;
import io.itddsim.proto.v1.PatientSample;
import io.itddsim.sim.patient.ClinicalState;
import io.itddsim.sim.patient.PatientStatus;
import io.itddsim.sim.patient.Syndrome;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A bench reads back from the wire exactly the patient the model handed the pump host. */
class PatientSamplesTest {

    @Property(tries = 200)
    void aPatientSampleReadsBackAsTheModelsStatus(
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long asOfUs,
            @ForAll @LongRange(min = 1_000, max = 300_000) long weightG,
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long csf,
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long effect,
            @ForAll @LongRange(min = 0, max = 1_000_000) long drivePpm,
            @ForAll @IntRange(min = 0, max = 3) int overdose,
            @ForAll @IntRange(min = 0, max = 3) int withdrawal,
            @ForAll @LongRange(min = 0, max = 1_000_000) long transitions) {
        PatientStatus p = new PatientStatus(
                asOfUs,
                "morphine",
                weightG,
                csf,
                effect,
                csf / 5,
                effect / 2,
                drivePpm,
                List.of(
                        new ClinicalState(Syndrome.THERAPEUTIC_EFFECT, 2, 0),
                        new ClinicalState(Syndrome.OPIOID_OVERDOSE, overdose, asOfUs / 2),
                        new ClinicalState(Syndrome.OPIOID_WITHDRAWAL, withdrawal, asOfUs)),
                transitions);
        assertEquals(p, PatientSamples.status(PatientSamples.of(p)));
    }

    @Test
    @DisplayName("a state of a kind this side does not know is left out, not mistaken for another")
    void unknownKindLeftOut() {
        PatientSample sample = PatientSample.newBuilder()
                .setDrug("baclofen")
                .addStates(io.itddsim.proto.v1.ClinicalState.newBuilder()
                        .setKind(ClinicalStateKind.CLINICAL_STATE_KIND_BACLOFEN_WITHDRAWAL)
                        .setGrade(1))
                .addStates(io.itddsim.proto.v1.ClinicalState.newBuilder()
                        .setKindValue(99)
                        .setGrade(3))
                .build();
        assertEquals(
                List.of(new ClinicalState(Syndrome.BACLOFEN_WITHDRAWAL, 1, 0)),
                PatientSamples.status(sample).states());
    }
}
