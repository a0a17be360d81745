package io.itddsim.trainer;

import io.itddsim.trainer.drill.DrillCatalog;
import io.itddsim.trainer.tone.ToneLibrary;

/** The bundled drills, generated once per test JVM (each generation runs the emulator on every scenario). */
public final class TestDrills {
    private static DrillCatalog catalog;

    private TestDrills() {}

    public static synchronized DrillCatalog catalog() {
        if (catalog == null) {
            catalog = DrillCatalog.generate(ToneLibrary.standard());
        }
        return catalog;
    }
}
