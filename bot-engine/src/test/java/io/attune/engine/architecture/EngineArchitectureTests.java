package io.attune.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine's boundaries, checked on its compiled classes: the domain knows no web, no persistence
 * framework and no Spring outside the state machine's adapter; its feature packages form no cycle. That no
 * product class (the engine's included) uses the evaluation tools is checked once, over all three modules,
 * by handoff-console's {@code ApplicationArchitectureTests}.
 */
@AnalyzeClasses(packages = "io.attune.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTests {

    @ArchTest
    static final ArchRule springOnlyBehindTheLifecycleInterface = noClasses()
            .that().resideOutsideOfPackage("io.attune.engine.lifecycle..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("spring-statemachine is no longer maintained and stays behind ConversationLifecycle;"
                    + " the rest of the engine is plain Java");

    @ArchTest
    static final ArchRule noWebNoPersistence = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "jakarta.persistence..",
                    "jakarta.websocket..", "java.sql..", "javax.sql..")
            .because("bot-engine is the domain: storage and transport live in the widget and the console");

    @ArchTest
    static final ArchRule featurePackagesFormNoCycle = slices()
            .matching("io.attune.engine.(*)..")
            .should().beFreeOfCycles();
}
