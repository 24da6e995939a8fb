package io.attune.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The application's boundaries, checked on the compiled classes of all three modules. The modules' own
 * direction (engine &lt;- widget &lt;- console) is the Maven build's, and the store's internals are
 * package-private; what the compiler cannot see is checked here: no cycles between the application's parts
 * or between the console's and the admin pages' features, and no product code using the evaluation tools.
 */
@AnalyzeClasses(packages = "io.attune", importOptions = ImportOption.DoNotIncludeTests.class)
class ApplicationArchitectureTests {

    @ArchTest
    static final ArchRule theProductDoesNotUseTheEvaluationTools = noClasses()
            .that().resideOutsideOfPackage("io.attune.engine.quality..")
            .should().dependOnClassesThat().resideInAPackage("io.attune.engine.quality..")
            .because("evaluation, training and benchmarks measure the product; nothing in it may need them");

    @ArchTest
    static final ArchRule theApplicationsPartsFormNoCycle = slices()
            .matching("io.attune.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule consoleFeaturesFormNoCycle = slices()
            .matching("io.attune.console.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule adminFeaturesFormNoCycle = slices()
            .matching("io.attune.admin.(*)..").should().beFreeOfCycles();
}
