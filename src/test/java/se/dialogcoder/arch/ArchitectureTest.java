package se.dialogcoder.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of docs/architecture.md: model ← store/ingest/analysis/exchange ← app ← ui/cli ← Main.
 * Arrows point down only; JavaFX only in ui; no cycles.
 */
@AnalyzeClasses(packages = "se.dialogcoder", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Main").definedBy("se.dialogcoder")
            .layer("ui").definedBy("se.dialogcoder.ui..")
            .layer("cli").definedBy("se.dialogcoder.cli..")
            .layer("app").definedBy("se.dialogcoder.app..")
            .layer("store").definedBy("se.dialogcoder.store..")
            .layer("ingest").definedBy("se.dialogcoder.ingest..")
            .layer("analysis").definedBy("se.dialogcoder.analysis..")
            .layer("exchange").definedBy("se.dialogcoder.exchange..")
            .layer("model").definedBy("se.dialogcoder.model..")
            .whereLayer("Main").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("app").mayOnlyBeAccessedByLayers("Main", "ui", "cli")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("exchange").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("model").mayOnlyBeAccessedByLayers("Main", "ui", "cli", "app", "store", "ingest",
                    "analysis", "exchange")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses().that().resideOutsideOfPackages("se.dialogcoder.ui..")
            .and().resideOutsideOfPackage("se.dialogcoder")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("se.dialogcoder.model..")
            .should().dependOnClassesThat().resideInAnyPackage("se.dialogcoder.store..", "se.dialogcoder.ingest..",
                    "se.dialogcoder.analysis..", "se.dialogcoder.exchange..", "se.dialogcoder.app..",
                    "se.dialogcoder.ui..", "se.dialogcoder.cli..", "java.sql..");

    /** SQL statements live in store (and the frequency-store writer in exchange); others may see SQLException. */
    @ArchTest
    static final ArchRule sqlOnlyInStore = noClasses().that().resideOutsideOfPackages("se.dialogcoder.store..",
                    "se.dialogcoder.exchange..")
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "JDBC or SQLite classes other than SQLException",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> (c.getPackageName().startsWith("java.sql")
                            && !c.getName().equals("java.sql.SQLException"))
                            || c.getPackageName().startsWith("org.sqlite")));

    /** XML is parsed only through the hardened factories of exchange.SafeXml (XXE, entity expansion). */
    @ArchTest
    static final ArchRule xmlParsersOnlyFromSafeXml = noClasses().that()
            .doNotHaveFullyQualifiedName("se.dialogcoder.exchange.SafeXml")
            .should().dependOnClassesThat().haveFullyQualifiedName("javax.xml.parsers.DocumentBuilderFactory")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.xml.parsers.SAXParserFactory")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.xml.stream.XMLInputFactory")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.xml.validation.SchemaFactory")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.xml.transform.TransformerFactory");

    @ArchTest
    static final ArchRule noCycles = slices().matching("se.dialogcoder.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noNetwork = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.http.HttpClient")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
            .orShould().callMethod(java.net.URL.class, "openConnection")
            .orShould().callMethod(java.net.URL.class, "openStream");

    /** Within exchange, only the frequency-store writer talks to SQLite (docs/architecture.md). */
    @ArchTest
    static final ArchRule jdbcInExchangeOnlyInTheFrequencyStore = noClasses().that()
            .resideInAPackage("se.dialogcoder.exchange..")
            .and().doNotHaveFullyQualifiedName("se.dialogcoder.exchange.FrequencyStore")
            .and().doNotHaveFullyQualifiedName("se.dialogcoder.exchange.FrequencyStore$Checkpoint")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");
}
