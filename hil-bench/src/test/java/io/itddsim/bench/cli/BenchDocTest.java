package io.itddsim.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.expect.ExpectationKinds;
import io.itddsim.bench.expect.Signal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/BENCH.md stays true: its worked example prints what it shows, and it lists every kind and signal. */
class BenchDocTest {
    static final Path DOC = Path.of("..", "docs", "BENCH.md");

    @Test
    @DisplayName("the worked example fails as docs/BENCH.md shows, line for line")
    void workedExample() throws Exception {
        String doc = Files.readString(DOC);
        // run from the repository root, as the document does, so paths print the same
        SimulateCommandTest.Run r = SimulateCommandTest.run(
                "bench",
                "run",
                Path.of("..", "docs", "examples", "occlusion-qa.yaml").toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        for (String line : r.out().split("\n")) {
            String shown = line.replace("../docs/examples", "docs/examples").replace("../docs", "docs");
            assertTrue(doc.contains(shown), "docs/BENCH.md does not show this line of the run:\n" + shown);
        }
    }

    @Test
    @DisplayName("every expectation kind and every signal is described")
    void everythingListed() throws Exception {
        String doc = Files.readString(DOC);
        for (String kind : ExpectationKinds.builtIn().keys()) {
            assertTrue(doc.contains("| `" + kind + ":") || doc.contains("| `" + kind + "` "), "kind " + kind);
        }
        for (Signal s : Signal.values()) {
            assertTrue(doc.contains("| `" + s.key() + "` |"), "signal " + s.key());
        }
    }
}
