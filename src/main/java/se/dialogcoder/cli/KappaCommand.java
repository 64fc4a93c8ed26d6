package se.dialogcoder.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.analysis.agreement.CohenKappa;
import se.dialogcoder.analysis.agreement.KappaResult;
import se.dialogcoder.analysis.agreement.Weights;
import se.dialogcoder.exchange.CsvException;
import se.dialogcoder.exchange.ReliabilityCsv.Row;
import se.dialogcoder.exchange.ReliabilityCsv.Table;

@Command(name = "kappa", description = "Cohen's kappa of two coders: a CSV file with a header row of exactly two coder "
        + "names and one row per unit. Rows with a missing value are skipped and counted. See docs/agreement.md.")
final class KappaCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CSV")
    Path csv;

    @Option(names = "--weights", paramLabel = "WEIGHTS", converter = Choices.WeightsChoice.class,
            defaultValue = "none", description = "none (default), linear or quadratic; weights need numeric, "
            + "ordered categories.")
    Weights weights;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Table table = CsvInput.read(csv);
        if (table.coders().size() != 2) {
            throw new CsvException(table.file() + ": Cohen's kappa compares exactly two coders, but the header names "
                    + table.coders().size() + " (" + String.join(", ", table.coders()) + "); use alpha for "
                    + (table.coders().size() > 2 ? "more than two coders." : "other tables."));
        }
        if (weights != Weights.NONE) {
            CsvInput.requireNumbers(table, weights.id() + " weights need numeric, ordered categories (use --weights "
                    + "none for labels).");
        }
        List<String> first = table.rows().stream().map(r -> r.cells().get(0)).toList();
        List<String> second = table.rows().stream().map((Row r) -> r.cells().get(1)).toList();
        KappaResult r = CohenKappa.kappa(first, second, weights);
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("file", csv.toString());
            root.put("kappa", r.kappa());
            root.put("weights", weights.id());
            root.put("n", r.n());
            root.put("skipped", r.skipped());
            root.put("observedAgreement", r.observedAgreement());
            root.put("expectedAgreement", r.expectedAgreement());
            root.put("percentAgreement", r.percentAgreement());
            root.put("noVariation", r.noVariation());
            root.put("note", r.note());
            root.put("coders", table.coders());
            root.put("categories", r.categories());
            out().println(Json.write(root));
            return Cli.OK;
        }
        out().println("Cohen's kappa" + (weights == Weights.NONE ? "" : " (" + weights.id() + " weights)") + " of "
                + table.coders().get(0) + " and " + table.coders().get(1) + ": " + Format.coefficient(r.kappa())
                + (r.noVariation() ? " (no variation)" : ""));
        out().println(r.n() + " units compared, " + r.skipped() + " skipped (a value missing); percent agreement "
                + Format.percent(r.percentAgreement()) + ".");
        if (r.note() != null) {
            out().println("Note: " + r.note() + ".");
        }
        return Cli.OK;
    }
}
