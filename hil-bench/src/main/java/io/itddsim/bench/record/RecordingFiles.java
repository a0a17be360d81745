package io.itddsim.bench.record;

import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.target.FrameTap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Where {@code --record DIR} puts each scenario's recording: {@code DIR/} the scenario file's path
 * as given (without any leading {@code ../}), with the extension {@code .itddrec}.
 */
public final class RecordingFiles {
    private RecordingFiles() {}

    public static Path of(Path dir, BenchScenario scenario) {
        Path file = scenario.file().normalize();
        StringBuilder relative = new StringBuilder();
        for (Path part : file) {
            String p = part.toString();
            if (p.equals("..") || p.equals(".")) {
                continue;
            }
            relative.append(relative.isEmpty() ? "" : "/").append(p);
        }
        String name = relative.toString().replaceFirst("\\.ya?ml$", "") + RecordFormat.EXTENSION;
        return dir.resolve(name);
    }

    /** A recorder per scenario run on {@code target}, into {@code dir}. */
    public static Function<BenchScenario, FrameTap> into(Path dir, String target) {
        return scenario -> {
            try {
                return RecordingWriter.create(of(dir, scenario), scenario, target);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot record into " + dir + ": " + e.getMessage(), e);
            }
        };
    }
}
