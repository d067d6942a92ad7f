package dev.retort;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps imports pointing down the layers of docs/architecture.md. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.retort");
    }

    @Test
    void theGraphIsPure() {
        noClasses()
                .that()
                .resideInAPackage("dev.retort.graph..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..",
                        "java.nio.file..",
                        "java.io..",
                        "dev.retort.script..",
                        "dev.retort.ops..",
                        "dev.retort.dialect..",
                        "dev.retort.schema..",
                        "dev.retort.runtime..",
                        "dev.retort.data..")
                .check(classes);
    }

    @Test
    void operationsAreDataWithoutSql() {
        noClasses()
                .that()
                .resideInAPackage("dev.retort.ops..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.retort.dialect..",
                        "dev.retort.runtime..",
                        "dev.retort.script..",
                        "dev.retort.schema..",
                        "dev.retort.graph..")
                .check(classes);
    }

    @Test
    void dialectsRenderOperationsOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.retort.dialect..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.retort.runtime..", "dev.retort.script..", "dev.retort.graph..", "dev.retort.data..")
                .check(classes);
    }

    @Test
    void scriptsAndSchemaKnowNothingOfTheRuntime() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.retort.script..", "dev.retort.schema..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.retort.runtime..", "dev.retort.dialect..", "dev.retort.graph..", "dev.retort.data..")
                .check(classes);
    }

    @Test
    void checksSitJustBelowTheFacade() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.retort.runtime..",
                        "dev.retort.script..",
                        "dev.retort.graph..",
                        "dev.retort.ops..",
                        "dev.retort.dialect..",
                        "dev.retort.schema..",
                        "dev.retort.data..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.retort.check..")
                .check(classes);
    }

    @Test
    void dataHelpersSitOnJdbcAlone() {
        // the runtime hands the data layer a DataSession; the layer itself stays free of the runtime,
        // the dialects and the operations (which refer to it)
        noClasses()
                .that()
                .resideInAPackage("dev.retort.data..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.retort.runtime..",
                        "dev.retort.dialect..",
                        "dev.retort.ops..",
                        "dev.retort.script..",
                        "dev.retort.schema..",
                        "dev.retort.graph..")
                .check(classes);
    }

    @Test
    void onlyTheFacadeUsesTheFacade() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.retort")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.retort.Retort")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.retort.SettingsLoader")
                .check(classes);
    }

    @Test
    void libraryCodeNeverExitsOrPrints() {
        noClasses()
                .should()
                .callMethod(System.class, "exit", int.class)
                .orShould()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(classes);
    }
}
