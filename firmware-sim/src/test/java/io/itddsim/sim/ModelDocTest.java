package io.itddsim.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/MODEL.md lists every parameter with the values, unit and source the code has. */
class ModelDocTest {

    @Test
    @DisplayName("docs/MODEL.md has a row for every profile parameter, matching the code")
    void everyParameterIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "MODEL.md"));
        PumpProfile p20 = PumpProfile.synchroMed20ml();
        PumpProfile p40 = PumpProfile.synchroMed40ml();
        for (ProfileParameter p : ProfileParameter.values()) {
            String row = "| `" + p.key() + "` | " + p20.get(p) + " | " + p40.get(p) + " | " + p.unit() + " | "
                    + p.source().replace("|", "/") + " |";
            assertTrue(doc.contains(row), "docs/MODEL.md lacks or disagrees on: " + row);
        }
    }
}
