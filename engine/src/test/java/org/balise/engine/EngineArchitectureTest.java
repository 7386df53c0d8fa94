package org.balise.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine is the rules of the game and nothing else: it must run the same in a test, a replay or a server. */
@AnalyzeClasses(packages = "org.balise.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

    @ArchTest
    static final ArchRule theEngineKnowsNoFrameworkStorageOrWeb = noClasses()
            .that().resideInAPackage("org.balise.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..",
                    "com.mongodb..",
                    "org.bson..",
                    "de.bwaldvogel..",
                    "com.vaadin..",
                    "jakarta.servlet..",
                    "reactor..",
                    "io.netty..",
                    "org.balise.web..")
            .because("the engine is pure Java: no Spring, no Mongo, no HTTP (ARCHITECTURE.md)");

    @ArchTest
    static final ArchRule theEngineReadsNoClockAndDrawsNoUnseededChance = noClasses()
            .that().resideInAPackage("org.balise.engine..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callConstructor(java.util.Random.class)
            .because("time is passed in and randomness is seeded, so that replays are deterministic");
}
