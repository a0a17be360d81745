package io.itddsim.fleet.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.run.PatientRecord;
import io.itddsim.sim.patient.ClinicalTransition;
import io.itddsim.sim.patient.Syndrome;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a patient's grade changes become episodes, each tied to what was acting on the pump. */
class EpisodeReaderTest {
    private static final long DAY = 86_400_000_000L;
    private static final long HOUR = 3_600_000_000L;

    private static Optional<PatientRecord> patient(ClinicalTransition... transitions) {
        return Optional.of(new PatientRecord(60_000_000L, HOUR, List.of(), List.of(transitions)));
    }

    private static ClinicalTransition t(long at, Syndrome s, int from, int to) {
        return new ClinicalTransition(at, s, from, to);
    }

    private static MechanismOutcome stall(String name, long from, long firstStall, long detected) {
        return new MechanismOutcome(
                name, "shaft_wear", Effect.STALL, from, -1, detected, "MOTOR_STALL", firstStall, 0, 0, false);
    }

    private static MechanismOutcome overInfusion(long from) {
        return new MechanismOutcome(
                "over_infusion", "over_infusion", Effect.OVER_DELIVERY, from, -1, -1, "", -1, -1, -1, false);
    }

    @Test
    void aRunWithoutAPatientHasNoEpisodes() {
        assertTrue(EpisodeReader.read(Optional.empty(), List.of(), -1).isEmpty());
    }

    @Test
    void aWithdrawalAfterAStallTheAlarmAnnouncedRunsFromOnsetToResolutionAtItsWorstGrade() {
        List<PatientEpisode> e = EpisodeReader.read(
                patient(
                        t(12 * DAY, Syndrome.BACLOFEN_WITHDRAWAL, 0, 1),
                        t(13 * DAY, Syndrome.BACLOFEN_WITHDRAWAL, 1, 3),
                        t(14 * DAY, Syndrome.BACLOFEN_WITHDRAWAL, 3, 2),
                        t(15 * DAY, Syndrome.BACLOFEN_WITHDRAWAL, 2, 0)),
                List.of(stall("wear", 2 * DAY, 10 * DAY, 10 * DAY)),
                -1);
        assertEquals(1, e.size());
        PatientEpisode w = e.get(0);
        assertEquals("baclofen_withdrawal", w.syndrome());
        assertEquals(12 * DAY, w.startUs());
        assertEquals(15 * DAY, w.endUs());
        assertEquals(3, w.worstGrade());
        assertEquals("wear", w.cause());
        assertEquals(10 * DAY, w.causeFromUs(), "the first stall, not the wear's start");
        assertTrue(w.pumpNoticedFirst());
    }

    @Test
    void anEpisodeStillPresentAtTheEndIsOngoingAndAMissedCauseWasNotNoticed() {
        List<PatientEpisode> e = EpisodeReader.read(
                patient(t(30 * DAY, Syndrome.OPIOID_WITHDRAWAL, 0, 2)),
                List.of(stall("particle", 29 * DAY, 29 * DAY, -1)),
                -1);
        assertTrue(e.get(0).ongoing());
        assertFalse(e.get(0).pumpNoticedFirst());
    }

    @Test
    void anOverdoseIsBlamedOnOverDeliveryNotOnAStallActingAtTheSameTime() {
        List<PatientEpisode> e = EpisodeReader.read(
                patient(t(40 * DAY, Syndrome.OPIOID_OVERDOSE, 0, 1), t(41 * DAY, Syndrome.OPIOID_OVERDOSE, 1, 0)),
                List.of(stall("wear", 1 * DAY, 50 * DAY, 50 * DAY), overInfusion(20 * DAY)),
                -1);
        assertEquals("over_infusion", e.get(0).cause());
        assertEquals(20 * DAY, e.get(0).causeFromUs());
        assertFalse(e.get(0).pumpNoticedFirst());
    }

    @Test
    void aWithdrawalAfterEndOfServiceWithNothingElseActingIsBlamedOnTheBattery() {
        List<PatientEpisode> e =
                EpisodeReader.read(patient(t(100 * DAY, Syndrome.OPIOID_WITHDRAWAL, 0, 1)), List.of(), 99 * DAY);
        assertEquals(PatientEpisode.END_OF_SERVICE, e.get(0).cause());
        assertTrue(e.get(0).pumpNoticedFirst(), "end of service alarms");
    }

    @Test
    void theTherapeuticEffectSteppingBetweenGradesIsNoEpisode() {
        List<PatientEpisode> e = EpisodeReader.read(
                patient(
                        t(HOUR, Syndrome.THERAPEUTIC_EFFECT, 2, 1),
                        t(2 * HOUR, Syndrome.THERAPEUTIC_EFFECT, 1, 2),
                        t(3 * HOUR, Syndrome.THERAPEUTIC_EFFECT, 2, 0)),
                List.of(),
                -1);
        assertTrue(e.isEmpty());
    }

    @Test
    void episodesOfTwoStatesAreKeptApartAndInOrderOfOnset() {
        List<PatientEpisode> e = EpisodeReader.read(
                patient(
                        t(5 * DAY, Syndrome.OPIOID_OVERDOSE, 0, 1),
                        t(6 * DAY, Syndrome.OPIOID_WITHDRAWAL, 0, 1),
                        t(7 * DAY, Syndrome.OPIOID_OVERDOSE, 1, 0),
                        t(8 * DAY, Syndrome.OPIOID_WITHDRAWAL, 1, 0),
                        t(9 * DAY, Syndrome.OPIOID_OVERDOSE, 0, 2)),
                List.of(),
                -1);
        assertEquals(3, e.size());
        assertEquals(
                List.of("opioid_overdose", "opioid_withdrawal", "opioid_overdose"),
                e.stream().map(PatientEpisode::syndrome).toList());
        assertEquals(7 * DAY, e.get(0).endUs());
        assertEquals(PatientEpisode.NONE, e.get(1).cause());
        assertEquals(-1, e.get(1).causeFromUs());
        assertTrue(e.get(2).ongoing());
    }
}
