package io.itddsim.fleet.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {

    /**
     * Freireich et al. (1963), the 6-MP arm: weeks in remission of 21 leukaemia patients, "+" for a
     * patient still in remission when last seen (censored).
     */
    private static final String FREIREICH_6MP = "6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+";

    private static List<KaplanMeier.Subject> subjects(String data) {
        List<KaplanMeier.Subject> out = new ArrayList<>();
        for (String t : data.split(" ")) {
            boolean censored = t.endsWith("+");
            double weeks = Double.parseDouble(censored ? t.substring(0, t.length() - 1) : t);
            out.add(new KaplanMeier.Subject(0, weeks, !censored));
        }
        return out;
    }

    @Test
    void theFreireichSixMpArmGivesTheTextbookCurve() {
        SurvivalCurve curve = KaplanMeier.estimate(subjects(FREIREICH_6MP));

        double[] times = {6, 7, 10, 13, 16, 22, 23};
        int[] atRisk = {21, 17, 15, 12, 11, 7, 6};
        double[] survival = {0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448};
        double[] greenwood = {0.076, 0.087, 0.096, 0.107, 0.114, 0.128, 0.135};
        assertEquals(times.length, curve.steps().size());
        for (int i = 0; i < times.length; i++) {
            SurvivalCurve.Step s = curve.steps().get(i);
            assertEquals(times[i], s.time());
            assertEquals(atRisk[i], s.atRisk(), "at risk at week " + times[i]);
            assertEquals(survival[i], s.survival(), 0.0005, "S at week " + times[i]);
            assertEquals(greenwood[i], s.stdError(), 0.0005, "Greenwood SE at week " + times[i]);
        }
        assertEquals(35, curve.followedTo());
    }

    @Test
    void theLogLogIntervalOfTheFirstStepIsTheTextbooks() {
        // S(6) = 0.857, Greenwood sum 3/(21 x 18): the log-log limits are 0.620 and 0.952
        SurvivalCurve.Step s = KaplanMeier.estimate(subjects(FREIREICH_6MP)).at(6);
        assertEquals(0.620, s.lower(), 0.0005);
        assertEquals(0.952, s.upper(), 0.0005);
    }

    @Test
    void theCurveIsReadAtTheLastStepBeforeATime() {
        SurvivalCurve curve = KaplanMeier.estimate(subjects(FREIREICH_6MP));
        assertEquals(1.0, curve.at(5.9).survival());
        assertEquals(0.807, curve.at(9.5).survival(), 0.0005);
        assertEquals(0.448, curve.at(100).survival(), 0.0005);
    }

    @Test
    void aSubjectWhoEntersLateIsAtRiskOnlyFromThen() {
        // two pumps from implant, one joining at age 5: at age 4 only the first two are at risk
        List<KaplanMeier.Subject> s = List.of(
                new KaplanMeier.Subject(0, 4, true),
                new KaplanMeier.Subject(0, 10, false),
                new KaplanMeier.Subject(5, 6, true));
        SurvivalCurve curve = KaplanMeier.estimate(s);
        assertEquals(2, curve.steps().get(0).atRisk());
        assertEquals(0.5, curve.steps().get(0).survival(), 1e-12);
        assertEquals(2, curve.steps().get(1).atRisk(), "at age 6: the survivor from implant and the late entrant");
        assertEquals(0.25, curve.steps().get(1).survival(), 1e-12);
    }

    @Test
    void withoutEventsTheCurveStaysAtOne() {
        SurvivalCurve curve = KaplanMeier.estimate(List.of(new KaplanMeier.Subject(0, 3, false)));
        assertEquals(0, curve.steps().size());
        assertEquals(1.0, curve.at(2).survival());
    }
}
