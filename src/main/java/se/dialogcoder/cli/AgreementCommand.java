package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import se.dialogcoder.analysis.agreement.BinaryFigures;
import se.dialogcoder.analysis.agreement.PairFigures;
import se.dialogcoder.analysis.agreement.TwoByTwo;
import se.dialogcoder.app.teamwork.AgreementReport;
import se.dialogcoder.app.teamwork.AgreementReport.CodeAgreement;
import se.dialogcoder.app.teamwork.AgreementReport.DocumentAgreement;
import se.dialogcoder.app.teamwork.AgreementReport.Skipped;
import se.dialogcoder.app.teamwork.AgreementReport.Unit;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.teamwork.AgreementService;

@Command(name = "agreement", description = "Inter-coder agreement on a project's coded documents: percent agreement, "
        + "Cohen's kappa (per pair of coders) and Krippendorff's alpha, per code and document, per code and overall. "
        + "Documents coded by fewer than two of the coders are left out. See docs/agreement.md.")
final class AgreementCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Option(names = "--coders", required = true, split = ",", paramLabel = "A,B[,C]",
            description = "The coders to compare, as named in the project.")
    List<String> coders;

    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "character", converter = Choices.UnitChoice.class,
            description = "character (default), turn or paragraph.")
    Unit unit;

    @Option(names = "--code", paramLabel = "PATH",
            description = "Only this code: " + CodeHelp.REFERENCE + ".")
    String code;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    private final AgreementService agreement;

    AgreementCommand(AgreementService agreement) {
        this.agreement = agreement;
    }

    @Override
    public Integer call() throws Exception {
        List<String> names = coders.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (names.size() < 2) {
            throw new ParameterException(spec.commandLine(), "--coders needs at least two coder names, e.g. "
                    + "--coders Anna,Bo");
        }
        AgreementReport report;
        try (Project p = projects.forReading(project)) {
            report = agreement.compare(p, names, unit, code);
        }
        if (json) {
            out().println(Json.write(toJson(report)));
        } else {
            print(report);
        }
        return Cli.OK;
    }

    private static Map<String, Object> toJson(AgreementReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("project", r.project());
        root.put("coders", r.coders());
        root.put("unit", r.unit().id());
        root.put("documents", r.documents());
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (Skipped s : r.skipped()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document", s.document());
            m.put("reason", s.reason());
            skipped.add(m);
        }
        root.put("skippedDocuments", skipped);
        root.put("overall", figures(r.overall(), r.coders().size()));
        List<Map<String, Object>> codes = new ArrayList<>();
        for (CodeAgreement c : r.codes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", c.code());
            m.putAll(figures(c.figures(), r.coders().size()));
            List<Map<String, Object>> docs = new ArrayList<>();
            for (DocumentAgreement d : c.documents()) {
                Map<String, Object> dm = new LinkedHashMap<>();
                dm.put("document", d.document());
                dm.put("county", d.county());
                dm.putAll(figures(d.figures(), r.coders().size()));
                docs.add(dm);
            }
            m.put("documents", docs);
            codes.add(m);
        }
        root.put("codes", codes);
        return root;
    }

    /** Two coders: their percent agreement, kappa and table at the top level; more: one entry per pair. */
    private static Map<String, Object> figures(BinaryFigures f, int coders) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("units", f.units());
        PairFigures only = coders == 2 ? f.pairs().get(0) : null;
        m.put("percentAgreement", only == null ? null : only.percentAgreement());
        m.put("kappa", only == null ? null : only.kappa().kappa());
        m.put("alpha", f.alpha().alpha());
        m.put("pairable", f.alpha().pairable());
        m.put("noVariation", f.alpha().noVariation() || (only != null && only.kappa().noVariation()));
        if (only != null) {
            m.put("table", table(only.table()));
        } else {
            List<Map<String, Object>> pairs = new ArrayList<>();
            for (PairFigures p : f.pairs()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("coders", List.of(p.first(), p.second()));
                pm.put("percentAgreement", p.percentAgreement());
                pm.put("kappa", p.kappa().kappa());
                pm.put("table", table(p.table()));
                pairs.add(pm);
            }
            m.put("pairs", pairs);
        }
        return m;
    }

    private static Map<String, Object> table(TwoByTwo t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("both", t.both());
        m.put("onlyFirst", t.onlyFirst());
        m.put("onlySecond", t.onlySecond());
        m.put("neither", t.neither());
        return m;
    }

    private void print(AgreementReport r) {
        String unitName = switch (r.unit()) {
            case CHARACTER -> "characters";
            case TURN -> "speaker turns";
            case PARAGRAPH -> "paragraphs";
        };
        out().println("Agreement of " + String.join(", ", r.coders()) + " in " + r.project() + ", counted in "
                + unitName + ".");
        out().println(r.documents().size() + (r.documents().size() == 1 ? " document" : " documents") + " compared"
                + (r.skipped().isEmpty() ? "." : "; " + r.skipped().size() + " left out:"));
        for (Skipped s : r.skipped()) {
            out().println("  " + s.document() + ": " + s.reason());
        }
        if (r.codes().isEmpty()) {
            out().println("No code to compare: none of the coders coded anything in the compared documents.");
            return;
        }
        boolean two = r.coders().size() == 2;
        out().println();
        out().println(two ? String.format("%-48s %9s %7s %7s", "code / document", "agreement", "kappa", "alpha")
                : String.format("%-48s %7s   %s", "code / document", "alpha", "kappa (percent agreement) per pair"));
        boolean[] anyNoVariation = new boolean[1];
        for (CodeAgreement c : r.codes()) {
            line(c.code(), c.figures(), two, anyNoVariation);
            for (DocumentAgreement d : c.documents()) {
                line("  " + d.document() + (d.county() == null ? "" : " (" + d.county() + ")"), d.figures(), two,
                        anyNoVariation);
            }
        }
        line("All codes (pooled)", r.overall(), two, anyNoVariation);
        if (anyNoVariation[0]) {
            out().println();
            out().println("* no variation: every unit was coded, or left uncoded, by all coders alike; the figures "
                    + "are 1 by convention and say nothing about reliability.");
        }
    }

    private void line(String label, BinaryFigures f, boolean two, boolean[] anyNoVariation) {
        String name = label.length() > 48 ? label.substring(0, 47) + "…" : label;
        boolean noVariation = f.alpha().noVariation();
        anyNoVariation[0] |= noVariation;
        String mark = noVariation ? "*" : "";
        if (two) {
            PairFigures p = f.pairs().get(0);
            out().println(String.format("%-48s %9s %7s %7s%s", name, Format.percent(p.percentAgreement()),
                    Format.coefficient(p.kappa().kappa()), Format.coefficient(f.alpha().alpha()), mark));
            return;
        }
        List<String> pairs = new ArrayList<>();
        for (PairFigures p : f.pairs()) {
            pairs.add(p.first() + "–" + p.second() + " " + Format.coefficient(p.kappa().kappa()) + " ("
                    + Format.percent(p.percentAgreement()) + ")");
        }
        out().println(String.format("%-48s %7s%s  %s", name, Format.coefficient(f.alpha().alpha()), mark,
                String.join(", ", pairs)));
    }
}
