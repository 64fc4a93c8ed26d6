package se.dialogcoder.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import se.dialogcoder.app.Services;

/**
 * The layers of docs/architecture.md: model ← store/ingest/analysis/exchange ← app ← ui/cli ← Main.
 * Arrows point down only; JavaFX only in ui; no cycles; JDBC only in the store engines, which know nothing of each
 * other.
 */
@AnalyzeClasses(packages = "se.dialogcoder", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The store engines: every subpackage of store (the contract is store itself). */
    private static final String ENGINES = "se.dialogcoder.store.*..";

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
            .whereLayer("store").mayOnlyBeAccessedByLayers("app")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("exchange").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("model").mayOnlyBeAccessedByLayers("Main", "ui", "cli", "app", "store", "ingest",
                    "analysis", "exchange");

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses().that().resideOutsideOfPackages("se.dialogcoder.ui..")
            .and().resideOutsideOfPackage("se.dialogcoder")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("se.dialogcoder.model..")
            .should().dependOnClassesThat().resideInAnyPackage("se.dialogcoder.store..", "se.dialogcoder.ingest..",
                    "se.dialogcoder.analysis..", "se.dialogcoder.exchange..", "se.dialogcoder.app..",
                    "se.dialogcoder.ui..", "se.dialogcoder.cli..", "java.sql..");

    /**
     * JDBC and the database drivers only in the store engines (the subpackages of store: store.sqlite, store.postgres
     * …); the contract in store itself, and everything above it, sees no java.sql type.
     */
    @ArchTest
    static final ArchRule jdbcOnlyInStoreEngines = noClasses().that().resideOutsideOfPackage(ENGINES)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..",
                    "org.postgresql..");

    /** Each engine's driver only in that engine. */
    @ArchTest
    static final ArchRule sqliteDriverOnlyInStoreSqlite = noClasses().that()
            .resideOutsideOfPackage("se.dialogcoder.store.sqlite..")
            .should().dependOnClassesThat().resideInAPackage("org.sqlite..");

    @ArchTest
    static final ArchRule postgresDriverOnlyInStorePostgres = noClasses().that()
            .resideOutsideOfPackage("se.dialogcoder.store.postgres..")
            .should().dependOnClassesThat().resideInAPackage("org.postgresql..");

    /** The store engines know nothing of each other (store.sqlite, store.postgres, and any third one). */
    @ArchTest
    static final ArchRule storeEnginesAreIndependent = slices().matching("se.dialogcoder.store.(*)..")
            .should().notDependOnEachOther();

    /** The contract (package store itself) depends on no engine. */
    @ArchTest
    static final ArchRule contractKnowsNoEngine = noClasses().that().resideInAPackage("se.dialogcoder.store")
            .should().dependOnClassesThat().resideInAPackage(ENGINES);

    /**
     * The window and the commands reach a project's data only through app (its services and app.Project), never
     * through the store contract or an engine: a third engine or a server project changes nothing in ui or cli.
     */
    @ArchTest
    static final ArchRule uiAndCliReachDataOnlyThroughApp = noClasses().that()
            .resideInAnyPackage("se.dialogcoder.ui..", "se.dialogcoder.cli..")
            .should().dependOnClassesThat().resideInAPackage("se.dialogcoder.store..");

    /** The features of app (coding, analysis, exchange …) do not go round in circles (app itself wires them). */
    @ArchTest
    static final ArchRule appFeaturesFreeOfCycles = slices().matching("se.dialogcoder.app.(*)..").should()
            .beFreeOfCycles();

    /** The same for the GUI's features. */
    @ArchTest
    static final ArchRule uiFeaturesFreeOfCycles = slices().matching("se.dialogcoder.ui.(*)..").should()
            .beFreeOfCycles();

    /**
     * The composition root (app.Services) builds the parts once and hands each GUI and CLI part what it needs: no
     * class keeps it in a field or hands it out again, so it cannot become a locator passed around.
     */
    @ArchTest
    static final ArchRule compositionRootIsNotKept = noFields().should().haveRawType(Services.class);

    @ArchTest
    static final ArchRule compositionRootIsNotHandedOut = noMethods().that().areDeclaredInClassesThat()
            .resideOutsideOfPackage("se.dialogcoder.app").should().haveRawReturnType(Services.class);

    /**
     * The features of app (app.coding, app.analysis …) know the store contract only; which engines exist is known in
     * the root of app (ProjectStores, the composition root), so a new engine changes no feature.
     */
    @ArchTest
    static final ArchRule appFeaturesKnowNoEngine = noClasses().that().resideInAPackage("se.dialogcoder.app.*..")
            .should().dependOnClassesThat().resideInAPackage(ENGINES);

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
}
