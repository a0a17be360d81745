package io.itddsim.sim.patient;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/PATIENT.md lists every patient parameter, and every drug's CSF half-life, as the code has them. */
class PatientDocTest {
    private static String doc() throws IOException {
        return Files.readString(Path.of("..", "docs", "PATIENT.md"));
    }

    @Test
    @DisplayName("docs/PATIENT.md has a row for every patient parameter, matching the code")
    void everyParameterIsDocumented() throws IOException {
        String doc = doc();
        for (PatientParameter p : PatientParameter.values()) {
            String row = "| `" + p.key() + "` | " + p.defaultValue() + " | " + p.unit() + " | "
                    + p.source().replace("|", "/") + " |";
            assertTrue(doc.contains(row), "docs/PATIENT.md lacks or disagrees on: " + row);
        }
    }

    @Test
    @DisplayName("docs/PATIENT.md states every drug's CSF half-life as the default parameters give it")
    void everyHalfLifeIsDocumented() throws IOException {
        String doc = doc();
        for (Drug drug : Drug.values()) {
            DrugKinetics k = DrugKinetics.of(drug, PatientParameters.defaults());
            long minutes = Math.round(StrictMath.log(2) / k.eliminationPerUs() / 60e6);
            String row = "| " + drug.key() + " | " + minutes + " min |";
            assertTrue(doc.contains(row), "docs/PATIENT.md lacks or disagrees on: " + row);
        }
    }

    @Test
    @DisplayName("every drug has all of its parameters: volume, clearance, effect delay, and a potency or reference")
    void everyDrugIsComplete() {
        for (Drug drug : Drug.values()) {
            for (String suffix :
                    new String[] {"csf_volume_ul_per_kg", "csf_clearance_nl_per_kg_per_min", "effect_half_life_s"}) {
                assertTrue(PatientParameter.of(drug, suffix) != null, drug + " lacks " + suffix);
            }
            boolean scaled = drug == Drug.MORPHINE
                    || (drug.drugClass() == DrugClass.OPIOID && PatientParameter.of(drug, "potency_ppm") != null)
                    || (drug.drugClass() != DrugClass.OPIOID
                            && PatientParameter.of(drug, "reference_pg_per_ml") != null);
            assertTrue(scaled, drug + " has no potency or reference concentration");
        }
    }
}
