package io.itddsim.fleet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * A fleet's pump runs through the bench's runner exactly as {@code itdd simulate} runs a scenario,
 * and its outcome is read from the values the run ends with: the fleet never holds the live
 * simulator (the rule hil-bench's {@code ModelBoundaryTest} sets for everything outside the
 * runners), and only the engine package knows the distributed engine.
 */
class FleetBoundaryTest {
    private static final JavaClasses FLEET = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.itddsim.fleet");

    @Test
    void theFleetReadsValuesAndNeverTheLiveSimulator() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.itddsim.sim.engine.PumpSimulator")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.itddsim.sim.firmware.Firmware")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("io.itddsim.sim.plant..")
                .because("a pump runs through ScenarioRunner and is read from its RunResult (docs/FLEET.md)")
                .check(FLEET);
    }

    @Test
    void onlyTheEnginePackageKnowsHazelcast() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.itddsim.fleet.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.hazelcast..")
                .because("the study's logic stays engine-free (ADR 18)")
                .check(FLEET);
    }
}
