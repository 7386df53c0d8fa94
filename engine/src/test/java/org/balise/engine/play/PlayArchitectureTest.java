package org.balise.engine.play;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The play room's sub-packages depend one way, and the answer room stands on its own. */
@AnalyzeClasses(packages = {"org.balise.engine.play", "org.balise.engine.answer"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class PlayArchitectureTest {

    @ArchTest
    static final ArchRule playsSubPackagesHaveNoCycles = slices()
            .matching("org.balise.engine.play.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theDecidersKnowNothingOfViewsOrDebriefs = noClasses()
            .that().resideInAnyPackage("org.balise.engine.play.team..", "org.balise.engine.play.session..")
            .should().dependOnClassesThat().resideInAnyPackage("org.balise.engine.play.view..",
                    "org.balise.engine.play.debrief..");

    @ArchTest
    static final ArchRule theSessionKnowsNothingOfTeamsGames = noClasses()
            .that().resideInAPackage("org.balise.engine.play.session..")
            .should().dependOnClassesThat().resideInAPackage("org.balise.engine.play.team..");

    @ArchTest
    static final ArchRule answerMatchingKnowsNothingOfPlay = noClasses()
            .that().resideInAPackage("org.balise.engine.answer..")
            .should().dependOnClassesThat().resideInAPackage("org.balise.engine.play..");
}
