package io.itddsim.bench.cli;

import io.itddsim.bench.record.DamagedRecordingException;
import io.itddsim.bench.record.Recording;
import io.itddsim.bench.record.ReplayResult;
import io.itddsim.bench.record.Replayer;
import io.itddsim.bench.scenario.ScenarioError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itdd bench replay FILE}: re-drives an emulated pump with a recording's inputs and says
 * whether it answered identically, or where it first diverged. Exit 0 identical, 1 diverged, 2 a
 * recording that is damaged or unreadable.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Re-drive an emulated pump with a recording's inputs and compare every frame it sends back.",
            "Exit status: 0 identical, 1 the first divergence is printed, 2 the recording is damaged or unreadable."
        })
final class BenchReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A recording made by itdd bench run --record.")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // the replaying pump's own log lines ("started over from ...") are not the replay's output
        System.setProperty("org.slf4j.simpleLogger.log.io.itddsim.wire.host.PumpHost", "warn");
        Recording recording;
        try {
            recording = Recording.read(file);
        } catch (DamagedRecordingException e) {
            err.println("itdd bench replay: " + e.getMessage());
            err.flush();
            return ItddCommand.EXIT_BAD_INPUT;
        } catch (IOException e) {
            err.println("itdd bench replay: cannot read " + file + ": " + e.getMessage());
            err.flush();
            return ItddCommand.EXIT_BAD_INPUT;
        }
        ReplayResult result;
        try {
            result = Replayer.replay(recording);
        } catch (ScenarioError e) {
            err.println("itdd bench replay: the recording's scenario does not load in this build: " + e.getMessage());
            err.flush();
            return ItddCommand.EXIT_BAD_INPUT;
        }
        String header = recording.header().getScenarioSource() + " on "
                + recording.header().getTarget() + ", " + recording.frames().size() + " frames";
        if (result.identical()) {
            out.println("identical: " + header + "; the replay answered all " + result.compared()
                    + " frames from the pump alike");
            out.flush();
            return 0;
        }
        out.println("DIVERGED: " + header + "; " + result.divergence());
        out.flush();
        return BenchRunCommand.EXIT_FAILED;
    }
}
