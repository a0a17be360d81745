package io.itddsim.bench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The model hands its consumers immutable values ({@code PumpStatus}, events, records), never the
 * live simulator. Only the runners that own a simulator may hold one: the model itself, the pump
 * host (its sim thread) and the bench's runner and snapshot file. Everything else (wire mapping,
 * sessions, reports, the CLI) reads values, so a new output touches one place.
 */
class ModelBoundaryTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importEverything() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.itddsim");
    }

    @Test
    @DisplayName(
            "only the model, the pump host and the bench runner touch the live simulator, its plant or its firmware")
    void liveSimulatorStaysWithItsOwners() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "io.itddsim.sim..",
                        "io.itddsim.wire.host..",
                        "io.itddsim.bench.run..",
                        "io.itddsim.bench.snapshot..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.itddsim.sim.engine.PumpSimulator")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.itddsim.sim.firmware.Firmware")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("io.itddsim.sim.plant..")
                .because("consumers read the immutable PumpStatus the model hands out (docs/DESIGN.md)")
                .check(classes);
    }

    @Test
    @DisplayName("the wire mapping turns values into messages and never reads the live model")
    void wireMappingReadsValuesOnly() {
        noClasses()
                .that()
                .resideInAPackage("io.itddsim.wire.mapping..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.itddsim.sim.engine.PumpSimulator")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.itddsim.sim.firmware.Firmware")
                .check(classes);
    }
}
