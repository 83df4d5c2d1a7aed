package io.github.berth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md's layering: dependencies point down only, and each library stays in its layer. */
class ArchitectureTest {
    private static final String ROOT = "io.github.berth.";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.berth");
    }

    @Test
    void layersDependOnlyOnLayersBelow() {
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy(ROOT + "app..")
                .layer("console").definedBy(ROOT + "console..")
                .layer("ui").definedBy(ROOT + "ui..")
                .layer("tutor").definedBy(ROOT + "tutor..")
                .layer("sandbox").definedBy(ROOT + "sandbox..")
                .layer("cli").definedBy(ROOT + "cli..")
                .layer("engine").definedBy(ROOT + "engine..")
                .layer("shell").definedBy(ROOT + "shell..")
                .layer("fs").definedBy(ROOT + "fs..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("console").mayOnlyBeAccessedByLayers("app")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("tutor").mayOnlyBeAccessedByLayers("app", "console", "ui")
                .whereLayer("sandbox").mayOnlyBeAccessedByLayers("app", "console", "ui", "tutor")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app", "console", "ui", "tutor", "sandbox")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("app", "console", "ui", "tutor", "sandbox", "cli")
                .whereLayer("shell").mayOnlyBeAccessedByLayers("app", "console", "ui", "tutor", "sandbox", "cli",
                        "engine")
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void jlineOnlyInConsoleAndApp() {
        noClasses().that().resideOutsideOfPackages(ROOT + "console..", ROOT + "app..")
                .should().dependOnClassesThat().resideInAPackage("org.jline..")
                .check(classes);
    }

    @Test
    void lanternaOnlyInUiAndApp() {
        noClasses().that().resideOutsideOfPackages(ROOT + "ui..", ROOT + "app..")
                .should().dependOnClassesThat().resideInAPackage("com.googlecode.lanterna..")
                .check(classes);
    }

    @Test
    void noJacksonInEngineOrBelow() {
        noClasses().that().resideInAnyPackage(ROOT + "engine..", ROOT + "shell..", ROOT + "fs..", ROOT + "sandbox..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void sandboxLayersNeverTouchTheHost() {
        noClasses().that().resideInAnyPackage(ROOT + "fs..", ROOT + "shell..", ROOT + "engine..", ROOT + "cli..",
                        ROOT + "sandbox..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Paths")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Runtime")
                .orShould().dependOnClassesThat().resideInAPackage("java.net..")
                .orShould().dependOnClassesThat().resideInAPackage("java.nio.channels..")
                .check(classes);
    }
}
