package se.dialogcoder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.analysis.agreement.AlphaResult;
import se.dialogcoder.analysis.agreement.CoincidenceMatrix;
import se.dialogcoder.analysis.agreement.Krippendorff;
import se.dialogcoder.analysis.agreement.Level;
import se.dialogcoder.analysis.agreement.ReliabilityData;
import se.dialogcoder.exchange.ReliabilityCsv.Table;

@Command(name = "alpha", description = "Krippendorff's alpha of a reliability table: a CSV file with a header row of "
        + "coder names and one row per unit (an empty cell is a missing value). Values are numbers, or labels at "
        + "the nominal level. See docs/agreement.md.")
final class AlphaCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CSV")
    Path csv;

    @Option(names = "--level", required = true, paramLabel = "LEVEL", converter = Choices.LevelChoice.class,
            description = "Level of measurement: nominal, ordinal, interval or ratio.")
    Level level;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Table table = CsvInput.read(csv);
        if (level.needsNumbers()) {
            CsvInput.requireNumbers(table, "the " + level.id() + " level needs numbers (labels are allowed only with "
                    + "--level nominal).");
        }
        if (level == Level.RATIO) {
            CsvInput.requireNonNegative(table);
        }
        ReliabilityData data = new ReliabilityData(table.coders(), table.cells());
        CoincidenceMatrix matrix = CoincidenceMatrix.of(data, level);
        AlphaResult r = Krippendorff.alpha(matrix, level);
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("file", csv.toString());
            root.put("alpha", r.alpha());
            root.put("level", level.id());
            root.put("units", r.units());
            root.put("pairable", r.pairable());
            root.put("pairableUnits", r.pairableUnits());
            root.put("unitsExcluded", r.unitsExcluded());
            root.put("valuesExcluded", r.valuesExcluded());
            root.put("observedDisagreement", r.observedDisagreement());
            root.put("expectedDisagreement", r.expectedDisagreement());
            root.put("percentAgreement", r.percentAgreement());
            root.put("noVariation", r.noVariation());
            root.put("note", r.note());
            root.put("coders", table.coders());
            root.put("values", matrix.categories());
            List<List<Double>> o = new ArrayList<>();
            for (double[] row : matrix.o()) {
                List<Double> cells = new ArrayList<>();
                for (double v : row) {
                    cells.add(v);
                }
                o.add(cells);
            }
            root.put("coincidences", o);
            out().println(Json.write(root));
            return Cli.OK;
        }
        out().println("Krippendorff's alpha (" + level.id() + "): " + Format.coefficient(r.alpha())
                + (r.noVariation() ? " (no variation)" : ""));
        out().println(r.units() + " units from " + table.coders().size() + " coders; " + r.pairableUnits()
                + " pairable, with " + r.pairable() + " pairable values.");
        if (r.unitsExcluded() > 0) {
            out().println(r.unitsExcluded() + (r.unitsExcluded() == 1 ? " unit" : " units") + " with fewer than two "
                    + "values left out (not pairable; " + r.valuesExcluded() + " lone "
                    + (r.valuesExcluded() == 1 ? "value" : "values") + ").");
        }
        if (r.note() != null) {
            out().println("Note: " + r.note() + ".");
        }
        return Cli.OK;
    }
}
