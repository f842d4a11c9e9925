package th.servicepoint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The dependency order of DESIGN.md, lower to higher: common, audit, security, agencies and site (beside each other,
 * neither leaning on the other), catalog, queue, then the services
 * built on the queue (live screens, surveys, complaints, measures, the citizen's companion, appointments), retention, and
 * report on top. A
 * lower package that
 * must react to a higher one listens to a CDI event or owns an interface the higher one implements; an import the
 * other way fails here, naming the classes.
 */
class ArchitectureTest {

    private static final String ROOT = "th.servicepoint";
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void eachLayerIsUsedOnlyByTheLayersAboveIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("common").definedBy(ROOT + ".common..")
                .layer("audit").definedBy(ROOT + ".audit..")
                .layer("security").definedBy(ROOT + ".security..")
                .layer("agency").definedBy(ROOT + ".agency..")
                .layer("site").definedBy(ROOT + ".site..")
                .layer("catalog").definedBy(ROOT + ".catalog..")
                .layer("queue").definedBy(ROOT + ".queue..")
                // beside each other on the queue; the cycle rule keeps them from leaning on each other both ways
                .layer("services").definedBy(ROOT + ".live..", ROOT + ".survey..", ROOT + ".complaint..",
                        ROOT + ".measure..", ROOT + ".notify..", ROOT + ".appointment..")
                .layer("retention").definedBy(ROOT + ".retention..")
                .layer("report").definedBy(ROOT + ".report..")
                .whereLayer("report").mayNotBeAccessedByAnyLayer()
                .whereLayer("retention").mayOnlyBeAccessedByLayers("report")
                .whereLayer("services").mayOnlyBeAccessedByLayers("retention", "report")
                .whereLayer("queue").mayOnlyBeAccessedByLayers("services", "retention", "report")
                .whereLayer("catalog").mayOnlyBeAccessedByLayers("queue", "services", "retention", "report")
                .whereLayer("site").mayOnlyBeAccessedByLayers("catalog", "queue", "services", "retention", "report")
                .whereLayer("agency").mayOnlyBeAccessedByLayers("catalog", "queue", "services", "retention", "report")
                .whereLayer("security").mayOnlyBeAccessedByLayers("agency", "site", "catalog", "queue", "services",
                        "retention", "report")
                .whereLayer("audit").mayOnlyBeAccessedByLayers("security", "agency", "site", "catalog", "queue",
                        "services", "retention", "report")
                .check(PRODUCTION);
    }

    /**
     * Inside the report: scoring, then the peers' figures, the aggregates, the tables, their renderers, the snapshots and the
     * API.
     */
    @Test
    void reportConcernsFollowOneAnother() {
        String report = ROOT + ".report";
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("scoring").definedBy(report + ".scoring..")
                .layer("peers").definedBy(report + ".peers..")
                .layer("aggregate").definedBy(report + ".aggregate..")
                .layer("tables").definedBy(report + ".tables..")
                .layer("render").definedBy(report + ".render..")
                .layer("snapshot").definedBy(report + ".snapshot..")
                .layer("api").definedBy(report + ".api..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("snapshot").mayOnlyBeAccessedByLayers("api")
                .whereLayer("render").mayOnlyBeAccessedByLayers("snapshot", "api")
                .whereLayer("tables").mayOnlyBeAccessedByLayers("render", "snapshot", "api")
                .whereLayer("aggregate").mayOnlyBeAccessedByLayers("tables", "render", "snapshot", "api")
                .whereLayer("peers").mayOnlyBeAccessedByLayers("aggregate", "tables", "render", "snapshot", "api")
                .check(PRODUCTION);
        slices().matching(report + ".(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void onlyLiveTalksWebSocket() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".live..").should().dependOnClassesThat()
                .resideInAPackage("io.quarkus.websockets.next..")
                .because("only live/ talks WebSocket; everything else publishes a QueueEvent (DESIGN.md)")
                .check(PRODUCTION);
    }
}
