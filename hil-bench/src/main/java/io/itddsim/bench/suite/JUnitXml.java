package io.itddsim.bench.suite;

import io.itddsim.bench.expect.Verdict;
import io.itddsim.bench.scenario.QuantityFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a bench run as JUnit XML, the report format Jenkins, GitLab and most CI servers read: a
 * {@code testsuite} per suite (directory); per scenario a {@code testcase} for the run itself
 * (its host time, and an {@code error} if the target could not run it) and one per expectation,
 * failed with the expectation, the evidence and the sim time, or skipped when not observable. The
 * suite's {@code system-out} holds the summary and an {@code [[ATTACHMENT|path]]} line pointing
 * at the HTML report, which Jenkins' junit-attachments and GitLab pick up.
 */
public final class JUnitXml {
    private JUnitXml() {}

    /**
     * @param htmlReport the HTML report's path as it should appear in attachment lines, or null
     */
    public static void write(BenchResult result, Path file, String htmlReport) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "itdd bench on " + result.target());
            counts(
                    x,
                    result.suites().stream()
                            .flatMap(s -> s.scenarios().stream())
                            .toList());
            x.writeCharacters("\n");
            for (SuiteResult suite : result.suites()) {
                suite(x, suite, result.target(), htmlReport);
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter x, SuiteResult suite, String target, String html)
            throws XMLStreamException {
        x.writeStartElement("testsuite");
        x.writeAttribute("name", suite.name());
        counts(x, suite.scenarios());
        x.writeCharacters("\n");
        x.writeStartElement("properties");
        x.writeEmptyElement("property");
        x.writeAttribute("name", "target");
        x.writeAttribute("value", target);
        x.writeEndElement();
        x.writeCharacters("\n");
        StringBuilder summary = new StringBuilder();
        for (ScenarioResult s : suite.scenarios()) {
            String classname = classname(suite.name(), s.scenario().fileName());
            x.writeStartElement("testcase");
            x.writeAttribute("classname", classname);
            x.writeAttribute("name", "runs on " + target);
            x.writeAttribute("time", seconds(s.wallNanos()));
            x.writeAttribute("file", s.scenario().file().toString());
            if (s.errored()) {
                x.writeStartElement("error");
                x.writeAttribute("type", "TargetError");
                x.writeAttribute("message", s.error());
                x.writeCharacters(s.scenario().file() + ": " + s.error());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            for (Verdict v : s.verdicts()) {
                testcase(x, classname, v, html);
            }
            summary.append(s.errored() ? "ERROR " : s.passed() ? "PASS  " : "FAIL  ")
                    .append(s.scenario().file())
                    .append(": ")
                    .append(
                            s.errored()
                                    ? s.error()
                                    : s.count(Verdict.Outcome.PASSED) + "/"
                                            + s.verdicts().size() + " expectations passed")
                    .append('\n');
        }
        x.writeStartElement("system-out");
        x.writeCharacters(summary + attachment(html));
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static void testcase(XMLStreamWriter x, String classname, Verdict v, String html)
            throws XMLStreamException {
        x.writeStartElement("testcase");
        x.writeAttribute("classname", classname);
        x.writeAttribute("name", v.expectation().label());
        x.writeAttribute("time", "0");
        x.writeAttribute("file", v.expectation().location().file());
        x.writeAttribute("line", Integer.toString(v.expectation().location().line()));
        String when = v.atUs() == Verdict.NO_TIME ? "" : " (sim time " + QuantityFormat.duration(v.atUs()) + ")";
        if (v.failed()) {
            x.writeStartElement("failure");
            x.writeAttribute("type", "ExpectationFailed");
            x.writeAttribute("message", v.expectation().describe() + ": " + v.evidence() + when);
            x.writeCharacters("expected: " + v.expectation().describe() + "\nat:       "
                    + v.expectation().location() + "\nseen:     " + v.evidence() + "\nsim time: "
                    + (v.atUs() == Verdict.NO_TIME ? "-" : QuantityFormat.duration(v.atUs())) + "\n");
            x.writeEndElement();
        } else if (v.outcome() == Verdict.Outcome.NOT_OBSERVABLE) {
            x.writeStartElement("skipped");
            x.writeAttribute("message", "not observable: " + v.evidence());
            x.writeEndElement();
        }
        x.writeStartElement("system-out");
        x.writeCharacters(v.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + v.evidence() + when
                + "\n" + attachment(html));
        x.writeEndElement();
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static void counts(XMLStreamWriter x, java.util.List<ScenarioResult> scenarios) throws XMLStreamException {
        long tests = 0;
        long failures = 0;
        long errors = 0;
        long skipped = 0;
        long nanos = 0;
        for (ScenarioResult s : scenarios) {
            tests += 1 + s.verdicts().size();
            failures += s.count(Verdict.Outcome.FAILED);
            skipped += s.count(Verdict.Outcome.NOT_OBSERVABLE);
            errors += s.errored() ? 1 : 0;
            nanos += s.wallNanos();
        }
        x.writeAttribute("tests", Long.toString(tests));
        x.writeAttribute("failures", Long.toString(failures));
        x.writeAttribute("errors", Long.toString(errors));
        x.writeAttribute("skipped", Long.toString(skipped));
        x.writeAttribute("time", seconds(nanos));
    }

    /** "scenarios/faults" and "x.yaml" give "scenarios.faults.x": CI servers group by the dotted prefix. */
    public static String classname(String suite, String fileName) {
        String stem = fileName.replaceFirst("\\.ya?ml$", "");
        String pkg = suite.replace('/', '.').replaceAll("^\\.+|\\.+$", "");
        return pkg.isEmpty() ? stem : pkg + "." + stem;
    }

    private static String attachment(String html) {
        return html == null ? "" : "[[ATTACHMENT|" + html + "]]\n";
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
