package io.itddsim.fleet.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.itddsim.fleet.TestFleets;
import io.itddsim.fleet.calibration.FleetPrediction;
import io.itddsim.fleet.outcome.PumpOutcome;
import io.itddsim.fleet.spec.FleetSpec;
import io.itddsim.fleet.study.FleetAggregator;
import io.itddsim.fleet.study.FleetResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The reports of a 7-year study (the bundled one, predicted from its draws: no emulator needed). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTest {
    private FleetResult result;
    private List<PumpOutcome> outcomes;

    @BeforeAll
    void predictTheBundledStudy() {
        FleetSpec study = TestFleets.load(TestFleets.bundled("field-study.yaml"));
        outcomes = FleetPrediction.outcomes(study);
        result = FleetAggregator.aggregate(study, outcomes);
    }

    @Test
    void theHtmlReportDrawsTheFieldsFiguresOnTheCurves() {
        String page = HtmlReport.render(result);
        assertEquals(2, page.split("<svg", -1).length - 1, "a chart per cohort");
        assertTrue(page.contains("field: on-label, 6 years (HK MDD 2017)"), "the field's points are in the legend");
        assertTrue(page.contains("field: off-label, 78 months"));
        assertTrue(page.contains("freedom from non-recoverable stall at 6 years, on-label"));
    }

    @Test
    void theSameResultDrawsTheSameBytes() {
        assertEquals(HtmlReport.render(result), HtmlReport.render(result));
        assertEquals(JsonReport.render(result, outcomes), JsonReport.render(result, outcomes));
    }

    @Test
    void theJsonResultHoldsTheCurvesStepByStepAndEveryPump() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(result, outcomes));
        assertEquals(10_000, json.get("pump_outcomes").size());
        JsonNode onLabel = json.get("cohorts").get(0).get("survival").get("on-label");
        JsonNode firstStep = onLabel.get("steps").get(0);
        assertEquals(7, firstStep.size(), "age, at risk, events, survival, std error, lower, upper");
        double s6 = onLabel.get("at_6_years").get("survival").asDouble();
        assertTrue(s6 > 0.95 && s6 < 0.99, "on-label survival at 6 years " + s6);
        assertEquals(10, json.get("field_checks").size());
    }
}
