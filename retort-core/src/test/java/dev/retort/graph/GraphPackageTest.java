package dev.retort.graph;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.retort.RetortException;
import org.junit.jupiter.api.Test;

/** The graph knows nothing of files, databases or logging: it uses only the JDK's lang and util. */
class GraphPackageTest {
    @Test
    void theGraphIsPure() {
        JavaClasses graph = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.retort.graph");
        classes()
                .should()
                .onlyDependOnClassesThat(resideInAnyPackage("dev.retort.graph", "java.lang..", "java.util..")
                        .or(equivalentTo(RetortException.class)))
                .check(graph);
    }
}
