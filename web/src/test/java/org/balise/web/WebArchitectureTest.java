package org.balise.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rooms of {@code web} and the two doors keep to their side (ARCHITECTURE.md, "two doors"). */
@AnalyzeClasses(packages = "org.balise.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    @ArchTest
    static final ArchRule roomsHaveNoCycles = slices()
            .matching("org.balise.web.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theSharedRoomsKnowNeitherDoor = noClasses()
            .that().resideInAnyPackage("org.balise.web.store..", "org.balise.web.live..",
                    "org.balise.web.security..", "org.balise.web.config..", "org.balise.web.circuits..",
                    "org.balise.web.game..", "org.balise.web.drafts..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.balise.web.play..", "org.balise.web.api..", "org.balise.web.player..",
                    "org.balise.web.backoffice..", "com.vaadin..")
            .because("what both doors share is created once, in the parent context");

    @ArchTest
    static final ArchRule thePlayDoorDoesNotReachIntoTheBackOffice = noClasses()
            .that().resideInAnyPackage("org.balise.web.play..", "org.balise.web.api..", "org.balise.web.player..")
            .should().dependOnClassesThat().resideInAnyPackage("org.balise.web.backoffice..", "com.vaadin..",
                    "jakarta.servlet..");

    @ArchTest
    static final ArchRule theBackOfficeCallsServicesNotThePhoneApi = noClasses()
            .that().resideInAPackage("org.balise.web.backoffice..")
            .should().dependOnClassesThat().resideInAnyPackage("org.balise.web.play..", "org.balise.web.api..",
                    "org.springframework.web.reactive..");
}
