package se.dialogcoder.ui.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import se.dialogcoder.app.documents.ImportService.Outcome;
import se.dialogcoder.app.documents.ImportService;
import se.dialogcoder.exchange.ImportReport;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.ui.Messages;

/**
 * The import report in the window's language: one line per file, marked by what happened to it (see the table in
 * the user guide), then the warnings about the whole batch; and the lines of a REFI-QDA import report.
 */
public final class ImportReportText {
    /** Imported. */
    static final String IMPORTED = "✓";
    /** Already in the project. */
    static final String DUPLICATE = "=";
    /** Failed; nothing of the file was stored. */
    static final String FAILED = "✗";
    /** Not reached: the user cancelled the import before this file. */
    static final String CANCELLED = "–";
    /** Skipped by the user in the review of its personal data. */
    static final String SKIPPED = "↷";
    /** Something about the batch as a whole. */
    static final String WARNING = "!";

    private ImportReportText() {
    }

    public static List<String> lines(ImportService.Report report, ResourceBundle m) {
        List<String> out = new ArrayList<>();
        for (ImportService.FileResult r : report.results()) {
            out.add(switch (r.outcome()) {
                case IMPORTED -> IMPORTED + " " + r.file().getFileName() + " → " + r.documentName() + " ("
                        + (r.county() == null ? m.getString("nav.unknownCounty") : r.county().officialName()) + ")"
                        + (r.pseudonymised().isEmpty() ? "" : "  " + Messages.format(m, "pii.replaced",
                        r.pseudonymised().values().stream().mapToInt(Integer::intValue).sum()));
                case DUPLICATE -> DUPLICATE + " " + Messages.render(m, r.reason());
                case FAILED -> FAILED + " " + Messages.render(m, r.reason());
                case CANCELLED -> CANCELLED + " " + Messages.render(m, r.reason());
                case SKIPPED -> SKIPPED + " " + Messages.render(m, r.reason());
            });
        }
        report.warnings().forEach(w -> out.add(WARNING + " " + Messages.render(m, w)));
        return out;
    }

    public static String summary(ImportService.Report report, ResourceBundle m) {
        return Messages.format(m, "dialog.import.summary", report.count(Outcome.IMPORTED),
                report.count(Outcome.DUPLICATE), report.count(Outcome.FAILED), report.count(Outcome.SKIPPED),
                report.count(Outcome.CANCELLED));
    }

    /** A REFI-QDA import report: what was not imported (✗), then the notes (•). */
    public static List<String> lines(ImportReport report, ResourceBundle m) {
        List<String> out = new ArrayList<>();
        for (UserMessage line : report.notImportedMessages()) {
            out.add(FAILED + " " + Messages.render(m, line));
        }
        for (UserMessage line : report.noteMessages()) {
            out.add("• " + Messages.render(m, line));
        }
        return out;
    }
}
