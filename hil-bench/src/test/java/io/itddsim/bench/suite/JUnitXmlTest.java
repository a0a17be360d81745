package io.itddsim.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.cli.BenchRunCommandTestSupport;
import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.expect.Observations;
import io.itddsim.bench.expect.StallScenario;
import io.itddsim.bench.run.ProgressListener;
import io.itddsim.bench.run.Target;
import io.itddsim.bench.run.TargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The JUnit XML of a bench run, read by a real consumer: Maven Surefire's own report parser (what
 * the Maven site's test report reads), plus the XML parser of the JDK for the parts it skips.
 */
class JUnitXmlTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName(
            "a testsuite per directory and a testcase per expectation; a failure carries expectation, evidence and sim time")
    void surefireReadsIt() throws Exception {
        Path green = Files.createDirectory(dir.resolve("green"));
        Path red = Files.createDirectory(dir.resolve("red"));
        StallScenario.write(green, "stall.yaml", BenchRunCommandTestSupport.RIGHT);
        StallScenario.write(red, "wrong.yaml", """
                  - alarm: MOTOR_STALL
                    within: 10ms
                    after: fault jam
                  - no_event: MOTOR_STALL
                """);
        Path xml = dir.resolve("out/junit.xml");
        Path html = dir.resolve("out/report.html");
        var r = BenchRunCommandTestSupport.run(
                "bench", "run", green.toString(), red.toString(), "--junit", xml.toString(), "--html", html.toString());
        assertEquals(1, r.exit(), r.out() + r.err());

        // Surefire's parser groups testcases by classname (one class per file is what it writes)
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());
        Map<String, ReportTestSuite> byClass = suites.stream()
                .filter(s -> s.getFullClassName() != null)
                .collect(Collectors.toMap(ReportTestSuite::getFullClassName, s -> s));
        ReportTestSuite g = byClass.get(JUnitXml.classname(green.toString(), "stall.yaml"));
        assertEquals(7, g.getNumberOfTests(), "the run and six expectations: " + byClass);
        assertEquals(0, g.getNumberOfFailures());
        ReportTestSuite rs = byClass.get(JUnitXml.classname(red.toString(), "wrong.yaml"));
        assertEquals(3, rs.getNumberOfTests());
        assertEquals(2, rs.getNumberOfFailures());
        assertEquals(0, rs.getNumberOfErrors());

        ReportTestCase failed = rs.getTestCases().stream()
                .filter(c -> c.getName().equals("alarm MOTOR_STALL within 10ms after fault jam"))
                .findFirst()
                .orElseThrow();
        assertTrue(failed.hasFailure());
        assertEquals("ExpectationFailed", failed.getFailureType());
        assertTrue(failed.getClassName().endsWith("wrong"), failed.getFullClassName());
        assertTrue(
                failed.getFailureMessage()
                        .contains("no MOTOR_STALL alarm raised from 12h to 12h10ms; the first was raised at 12h"),
                failed.getFailureMessage());
        assertTrue(failed.getFailureMessage().contains("(sim time 12h10ms)"), failed.getFailureMessage());
        assertTrue(failed.getFailureDetail().contains("wrong.yaml:24:5"), failed.getFailureDetail());

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        NodeList suiteNodes = doc.getElementsByTagName("testsuite");
        assertEquals(2, suiteNodes.getLength(), "a testsuite per directory");
        assertEquals(green.toString(), ((Element) suiteNodes.item(0)).getAttribute("name"));
        assertEquals("7", ((Element) suiteNodes.item(0)).getAttribute("tests"));
        assertEquals("2", ((Element) suiteNodes.item(1)).getAttribute("failures"));
        for (int i = 0; i < suiteNodes.getLength(); i++) {
            Element suite = (Element) suiteNodes.item(i);
            NodeList outs = suite.getElementsByTagName("system-out");
            String suiteOut = outs.item(outs.getLength() - 1).getTextContent();
            assertTrue(suiteOut.contains("[[ATTACHMENT|" + html + "]]"), suiteOut);
            assertTrue(suiteOut.contains("expectations passed"), suiteOut);
        }
    }

    @Test
    @DisplayName("a scenario the target could not run is an error with the target's reason")
    void targetErrors() throws Exception {
        Path file = StallScenario.write(dir, "stall.yaml", BenchRunCommandTestSupport.RIGHT);
        Target unreachable = new Target() {
            @Override
            public String describe() {
                return "tcp://192.0.2.1:7700";
            }

            @Override
            public boolean concurrent() {
                return false;
            }

            @Override
            public Observations run(BenchScenario scenario, ProgressListener progress) throws TargetException {
                throw new TargetException("cannot reach tcp://192.0.2.1:7700: connection timed out");
            }
        };
        BenchResult result = new BenchRunner(unreachable, 1, BenchProgress.NONE)
                .run(List.of(
                        new Suite("s", List.of(BenchScenarioLoader.builtIn().load(file)))));
        assertEquals(1, result.errors());
        Path xml = dir.resolve("junit.xml");
        JUnitXml.write(result, xml, null);
        ReportTestCase run = new TestSuiteXmlParser(new NullConsoleLogger())
                .parse(xml.toString()).stream()
                        .flatMap(s -> s.getTestCases().stream())
                        .filter(ReportTestCase::hasError)
                        .findFirst()
                        .orElseThrow();
        assertEquals("runs on tcp://192.0.2.1:7700", run.getName());
        assertEquals("TargetError", run.getFailureType());
        assertTrue(run.getFailureMessage().contains("connection timed out"), run.getFailureMessage());
    }

    @Test
    @DisplayName("an expectation the target cannot observe is skipped, not passed")
    void skips() throws Exception {
        Path xml = dir.resolve("junit.xml");
        BenchResult result = NotObservableTest.runOnBeliefOnlyTarget(dir);
        JUnitXml.write(result, xml, null);
        ReportTestSuite suite = new TestSuiteXmlParser(new NullConsoleLogger())
                .parse(xml.toString())
                .get(0);
        assertEquals(1, suite.getNumberOfSkipped(), "the ground-truth expectation");
        assertTrue(suite.getTestCases().stream()
                .anyMatch(c -> c.hasSkipped() && c.getName().contains("reservoir_actual")));
    }
}
