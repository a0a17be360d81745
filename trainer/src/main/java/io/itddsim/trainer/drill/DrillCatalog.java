package io.itddsim.trainer.drill;

import io.itddsim.trainer.tone.ToneLibrary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The trainer's drills, generated once at start from {@code drills/drills.yaml}, by id. */
public final class DrillCatalog {
    public static final String RESOURCE = "drills/drills.yaml";

    private final Map<String, Drill> byId = new LinkedHashMap<>();

    public DrillCatalog(List<Drill> drills) {
        drills.forEach(d -> byId.put(d.id(), d));
    }

    /** Reads the bundled drill list and runs the emulator for every drill. */
    public static DrillCatalog generate(ToneLibrary tones) {
        List<DrillSpec> specs = DrillSpecReader.read(RESOURCE, DrillGenerator.classpathText(RESOURCE));
        return new DrillCatalog(DrillGenerator.fromClasspath(tones).generate(specs));
    }

    public List<Drill> drills() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public Optional<Drill> drill(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
