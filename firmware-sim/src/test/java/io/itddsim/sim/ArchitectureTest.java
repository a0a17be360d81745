package io.itddsim.sim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The model's determinism rules (DESIGN.md), checked on the compiled classes so that no later
 * change can slip a clock, a thread, I/O or hash-ordered iteration into the model.
 */
class ArchitectureTest {
    private static JavaClasses model;

    @BeforeAll
    static void importModel() {
        model = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.itddsim.sim");
    }

    @Test
    @DisplayName("the model reads no wall clock")
    void noWallClock() {
        noClasses()
                .should()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(System.class, "nanoTime")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.time.Clock")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.time.Instant")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.time.LocalDateTime")
                .because("sim time is an integer count of microseconds advanced by the loop")
                .check(model);
    }

    @Test
    @DisplayName("the model starts no threads and uses no concurrency")
    void noThreads() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Thread.class)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("java.util.concurrent..")
                .because("the model runs on whichever single thread drives it")
                .check(model);
    }

    @Test
    @DisplayName("the model does no I/O")
    void noIo() {
        noClasses()
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                                "java.io..", "java.net..", "java.nio.file..", "java.nio.channels..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(java.io.Serializable.class))))
                .because("output goes through SimulationSink; I/O belongs to telemetry and hil-bench (being"
                        + " Serializable, for snapshots written elsewhere, is not I/O)")
                .check(model);
    }

    @Test
    @DisplayName("the model draws no unseeded or JDK-defined random numbers")
    void onlySeededNamedStreams() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Random")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.SplittableRandom")
                .orShould()
                .callMethod(Math.class, "random")
                .because("randomness comes from named SplitMix64 streams of the master seed")
                .check(model);
    }

    @Test
    @DisplayName("the model iterates no hash-ordered collections")
    void noHashOrderedCollections() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.HashMap")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.HashSet")
                .because("their iteration order is not part of any contract")
                .check(model);
    }

    @Test
    @DisplayName("the firmware cannot see the plant: only the hardware interface")
    void firmwareSeesOnlyTheHardwareInterface() {
        noClasses()
                .that()
                .resideInAnyPackage("io.itddsim.sim.firmware..", "io.itddsim.sim.alarm..", "io.itddsim.sim.nvm..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.itddsim.sim.plant..")
                .because("faults change the plant; the firmware must discover them through its sensors")
                .check(model);
    }

    @Test
    @DisplayName("the firmware cannot see faults: no fault flag reaches it")
    void firmwareSeesNoFault() {
        noClasses()
                .that()
                .resideInAPackage("io.itddsim.sim.firmware..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.itddsim.sim.fault..")
                .because("a fault acts on the plant; the firmware must discover it through its sensors (DESIGN.md)")
                .check(model);
    }

    @Test
    @DisplayName("the firmware cannot see the patient: it lies downstream of the catheter tip")
    void firmwareSeesNoPatient() {
        noClasses()
                .that()
                .resideInAnyPackage("io.itddsim.sim.firmware..", "io.itddsim.sim.alarm..", "io.itddsim.sim.nvm..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.itddsim.sim.patient..")
                .because("the patient is simulated ground truth; a pump learns of it only through a clinician")
                .check(model);
    }

    @Test
    @DisplayName("the model does not depend on the wire or the bench")
    void noOutwardDependencies() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.itddsim.wire..", "io.itddsim.bench..", "io.netty..", "com.google.protobuf..")
                .check(model);
    }
}
