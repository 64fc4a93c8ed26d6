package se.dialogcoder.ui.exchange;

import se.dialogcoder.ui.CoderFilter;
import se.dialogcoder.ui.Parts;
import se.dialogcoder.model.FrequencyWrite;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.exchange.ReportService;
import se.dialogcoder.app.Services;
import se.dialogcoder.app.exchange.TableExportService;
import se.dialogcoder.exchange.TableWriter.CsvStyle;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.store.FrequencyStore;
import se.dialogcoder.ui.ProjectViewModel;

/** The window's exports without a screen: suggestions, the coder filter, results and errors (work runs inline). */
class ExportViewModelTest {
    @TempDir
    Path home;
    private Services services;

    private ProjectViewModel openDemo(Path data) throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve("settings.json"), "{\"coderName\": \"Anna\"}");
        services = new Services(new AppPaths(data));
        ProjectViewModel vm = Parts.viewModel(services, Runnable::run, Runnable::run);
        vm.openDemo(() -> { });
        Document skane = vm.groups().stream().filter(g -> g.county() == County.SKANE).findFirst().orElseThrow()
                .documents().get(0);
        vm.selectedDocumentProperty().set(skane);
        String text = vm.openDocumentProperty().get().text();
        int start = text.codePointCount(0, text.indexOf("delregionala nätverken"));
        vm.selectionProperty().set(new int[] {start, start + 22});
        vm.coding().applyPinned(1);
        assertThat(vm.errorProperty().get()).isNull();
        return vm;
    }

    /** Every coding of the open project: the demo's reference coding and the one made in {@link #openDemo}. */
    private static int codings(ProjectViewModel vm) {
        int[] n = new int[1];
        vm.query(session -> session.project().read(tx -> tx.codings().count()), c -> n[0] = c, failed -> { });
        assertThat(n[0]).as("the demo comes coded").isGreaterThan(1);
        return n[0];
    }

    @Test
    void theStoreIsSuggestedInDocumentsThenRememberedWithTheProjectsRound() throws Exception {
        ProjectViewModel vm = openDemo(home.resolve("data"));
        Path documents = Files.createDirectories(home.resolve("Dokument"));
        ExportViewModel export = new ExportViewModel(vm, services.workspace(), services.exchanges(), () -> documents);
        assertThat(export.defaultStore()).isEqualTo(documents.resolve("dialogcoder-frekvenser.sqlite"));
        assertThat(export.defaultFolder()).isEqualTo(documents);
        assertThat(export.defaultRound()).isEqualTo("2025");
        assertThat(export.coder()).isNull();

        Path store = home.resolve("lager").resolve("frekvenser.sqlite");
        FrequencyWrite[] result = new FrequencyWrite[1];
        assertThat(export.exportFrequencies(store, " 2025 ", r -> result[0] = r)).isTrue();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(result[0].created()).isTrue();
        assertThat(result[0].round()).isEqualTo("2025");
        assertThat(result[0].counties()).isEqualTo(21);
        assertThat(export.defaultStore()).isEqualTo(store.toAbsolutePath());
        assertThat(Files.readString(home.resolve("data/settings.json"))).contains("frekvenser.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT sum(f.segments) FROM frequency f JOIN theme t ON t.id = f.theme_id "
                     + "WHERE t.depth = 0")) {
            assertThat(r.getInt(1)).as("every coding counts under its theme").isEqualTo(codings(vm));
        }

        Path text = Files.writeString(home.resolve("anteckning.txt"), "ingen databas");
        assertThat(export.exportFrequencies(text, "2025", r -> result[0] = null)).isTrue();
        assertThat(vm.errorProperty().get()).contains("anteckning.txt").contains("not a DialogCoder frequency store");
        assertThat(result[0]).isNotNull();
        assertThat(vm.busyProperty().get()).isFalse();
        vm.close();
    }

    @Test
    void tablesAndReportsCountTheCodingsTheWindowShows() throws Exception {
        ProjectViewModel vm = openDemo(home.resolve("data"));
        ExportViewModel export = new ExportViewModel(vm, services.workspace(), services.exchanges(), () -> home);
        TableExportService.Result[] table = new TableExportService.Result[1];
        Path all = home.resolve("alla.xlsx");
        assertThat(export.exportTable(TableExportService.What.SEGMENTS, TableExportService.Format.XLSX, null, null,
                all, r -> table[0] = r)).isTrue();
        assertThat(table[0].rows()).isEqualTo(codings(vm));
        try (InputStream in = Files.newInputStream(all); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            java.util.List<String> passages = new java.util.ArrayList<>();
            for (int i = 1; i <= wb.getSheetAt(0).getLastRowNum(); i++) {
                passages.add(wb.getSheetAt(0).getRow(i).getCell(5).getStringCellValue());
            }
            assertThat(passages).hasSize(codings(vm)).contains("delregionala nätverken");
        }
        assertThat(export.defaultFolder()).isEqualTo(home);

        vm.coderFilterProperty().set(new CoderFilter(CoderFilter.Kind.ONE, "Bo"));
        assertThat(export.coder()).isEqualTo("Bo");
        assertThat(export.exportTable(TableExportService.What.SEGMENTS, TableExportService.Format.CSV,
                CsvStyle.SEMICOLON, null, home.resolve("bo.csv"), r -> table[0] = r)).isTrue();
        assertThat(table[0].rows()).isZero();
        assertThat(export.exportTable(TableExportService.What.MATRIX, TableExportService.Format.CSV, CsvStyle.COMMA,
                se.dialogcoder.analysis.CountyMatrix.Measure.PRESENCE, home.resolve("m.csv"), r -> table[0] = r))
                .isTrue();
        assertThat(table[0].tables()).containsExactly("Förekomst");

        vm.coderFilterProperty().set(CoderFilter.MINE);
        assertThat(export.coder()).isEqualTo("Anna");
        ReportService.Result[] report = new ReportService.Result[1];
        Path html = home.resolve("rapport.html");
        assertThat(export.exportReport(ReportService.Format.HTML, html, r -> report[0] = r)).isTrue();
        assertThat(report[0].passages()).isEqualTo(1);
        assertThat(Files.readString(html)).contains("Kodningar av: Anna").contains("delregionala nätverken");
        assertThat(vm.errorProperty().get()).isNull();
        vm.close();
        assertThat(export.exportReport(ReportService.Format.HTML, html, r -> { })).as("no project open").isFalse();
    }
}
