package io.itddsim.bench.cli;

/** What bench tests in other packages share with the CLI tests: a run of {@code itdd} and a good scenario. */
public final class BenchRunCommandTestSupport {
    /** Expectations that hold for {@link io.itddsim.bench.expect.StallScenario}. */
    public static final String RIGHT = """
              - no_alarm: any
                before: fault jam
              - alarm: MOTOR_STALL
                within: 10m
                after: fault jam
              - fault: jam
                by: MOTOR_STALL
                within: 1m
              - signal: motor
                is: STALLED
                after: 13h
              - signal: reservoir_estimate
                near: reservoir_actual
                tolerance: 0.2 mL
                before: fault jam
              - no_event: ALARM_CLEARED
            """;

    private BenchRunCommandTestSupport() {}

    /** What a run of {@code itdd} printed and returned. */
    public record Run(int exit, String out, String err) {}

    public static Run run(String... args) {
        SimulateCommandTest.Run r = SimulateCommandTest.run(args);
        return new Run(r.exit(), r.out(), r.err());
    }
}
