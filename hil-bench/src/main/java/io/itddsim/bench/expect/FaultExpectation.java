package io.itddsim.bench.expect;

import io.itddsim.bench.scenario.QuantityFormat;
import io.itddsim.sim.fault.Detector;
import java.util.List;

/**
 * {@code fault:} an injected fault is detected (by any of its catalogue detectors, or by one
 * named with {@code by}), optionally within a latency; or, with {@code detected: false}, it is
 * missed. Detection is judged as {@code simulate} judges it: the first detector event the pump
 * logs at or after the fault began. The start is known to whoever injected the fault and the
 * events are the pump's own log, so this is observable on every target that can inject it.
 */
final class FaultExpectation extends WrittenExpectation {
    private final String fault;
    private final boolean detected;
    private final String by;
    private final long withinUs;

    /**
     * @param by       a detector label ({@code MOTOR_STALL}, {@code ALARM_RAISED:MOTOR_STALL}) or null for any
     * @param withinUs the longest detection latency accepted, or {@link Window#OPEN}
     */
    FaultExpectation(Location location, String name, String fault, boolean detected, String by, long withinUs) {
        super(location, name);
        this.fault = fault;
        this.detected = detected;
        this.by = by;
        this.withinUs = withinUs;
    }

    @Override
    public String describe() {
        if (!detected) {
            return "fault " + fault + " missed" + (by == null ? "" : " by " + by);
        }
        return "fault " + fault + " detected" + (by == null ? "" : " by " + by)
                + (withinUs == Window.OPEN ? "" : " within " + QuantityFormat.duration(withinUs));
    }

    @Override
    public Verdict evaluate(Observations run) {
        FaultWindow f = run.fault(fault);
        if (f == null) {
            return Verdict.failed(this, "fault " + fault + " never began", Verdict.NO_TIME);
        }
        List<Detector> detectors = f.kind().detectors().stream()
                .filter(d -> by == null || d.label().equals(by))
                .toList();
        ObservedEvent first = null;
        Detector which = null;
        for (ObservedEvent e : run.events()) {
            if (e.timeUs() < f.fromUs()) {
                continue;
            }
            for (Detector d : detectors) {
                if (d.matches(e.event())) {
                    first = e;
                    which = d;
                    break;
                }
            }
            if (first != null) {
                break;
            }
        }
        String began = "it began at " + Times.at(f.fromUs());
        if (first == null) {
            String looked = detectors.isEmpty()
                    ? "the pump has no detector for " + f.kind().key()
                    : "the pump logged no "
                            + String.join(
                                    " or ",
                                    detectors.stream().map(Detector::label).toList());
            String evidence = "missed: " + looked + " since " + began;
            return detected
                    ? Verdict.failed(this, evidence, run.durationUs())
                    : Verdict.passed(this, evidence, run.durationUs());
        }
        long latency = first.timeUs() - f.fromUs();
        String evidence = "detected by " + which.label() + " at " + Times.at(first.timeUs()) + ", "
                + QuantityFormat.duration(latency) + " after " + began;
        if (!detected) {
            return Verdict.failed(this, evidence, first.timeUs());
        }
        if (withinUs != Window.OPEN && latency > withinUs) {
            return Verdict.failed(this, evidence + ", later than " + QuantityFormat.duration(withinUs), first.timeUs());
        }
        return Verdict.passed(this, evidence, first.timeUs());
    }
}
