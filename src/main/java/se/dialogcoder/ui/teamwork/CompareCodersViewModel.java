package se.dialogcoder.ui.teamwork;

import se.dialogcoder.app.teamwork.DisagreementService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import se.dialogcoder.analysis.agreement.BinaryFigures;
import se.dialogcoder.analysis.agreement.Coefficients;
import se.dialogcoder.analysis.agreement.PairFigures;
import se.dialogcoder.app.teamwork.AgreementReport;
import se.dialogcoder.app.teamwork.DisagreementService.CodeDisagreements;
import se.dialogcoder.app.teamwork.DisagreementService.CoderComparison;
import se.dialogcoder.app.teamwork.DisagreementService.Passage;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.ui.Messages;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * The disagreement browser without controls: two coders and a code (or all codes) are chosen; per code the agreement
 * figures (character level) and the passages where the two coded differently; a passage can be shown in the main
 * window. Work runs through the main view model, off the FX thread.
 */
public final class CompareCodersViewModel {
    /**
     * One line of figures: a code, or all codes pooled ({@code total}).
     *
     * @param code the code's path, or null for the pooled line
     * @param passages how many passages where the coders differ
     */
    record CodeRow(String code, String percentAgreement, String kappa, String alpha, boolean noVariation,
                   int passages, boolean total) {
    }

    private final ProjectViewModel main;
    private final DisagreementService disagreements;
    private final ResourceBundle messages;
    private final ObservableList<String> coderNames = FXCollections.observableArrayList();
    private final ObservableList<String> codePaths = FXCollections.observableArrayList();
    private final ObjectProperty<String> first = new SimpleObjectProperty<>();
    private final ObjectProperty<String> second = new SimpleObjectProperty<>();
    private final ObjectProperty<String> code = new SimpleObjectProperty<>();
    private final ObservableList<CodeRow> codeRows = FXCollections.observableArrayList();
    private final ObservableList<Passage> passages = FXCollections.observableArrayList();
    private final FilteredList<Passage> shownPassages = new FilteredList<>(passages, p -> true);
    private final ObjectProperty<String> shownCode = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper firstName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper secondName = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private long generation;
    private boolean choosing;

    public CompareCodersViewModel(ProjectViewModel main, DisagreementService disagreements, ResourceBundle messages) {
        this.main = main;
        this.disagreements = disagreements;
        this.messages = messages;
        updateCoders();
        updateCodes();
        main.coders().addListener((ListChangeListener<Coder>) c -> updateCoders());
        main.codes().addListener((ListChangeListener<Code>) c -> updateCodes());
        first.addListener((obs, o, n) -> computeUnlessChoosing());
        second.addListener((obs, o, n) -> computeUnlessChoosing());
        code.addListener((obs, o, n) -> computeUnlessChoosing());
        shownCode.addListener((obs, o, n) -> shownPassages.setPredicate(p -> n == null || p.code().equals(n)));
        // codings changed, or another project opened: compare again while the window is open
        main.codingCountsProperty().addListener((obs, o, n) -> computeIfActive());
        main.projectProperty().addListener((obs, o, n) -> computeIfActive());
        active.addListener((obs, o, on) -> computeIfActive());
    }

    /** Whether the comparison is shown (the window is open); only then does it follow changes of the project. */
    BooleanProperty activeProperty() { return active; }

    private void computeIfActive() {
        if (active.get()) {
            compute();
        }
    }

    ObservableList<String> coderNames() { return coderNames; }

    /** Code paths to choose from; null (all codes) is not in the list. */
    ObservableList<String> codePaths() { return codePaths; }

    ObjectProperty<String> firstProperty() { return first; }

    ObjectProperty<String> secondProperty() { return second; }

    /** The code compared, by path; null = every code the two coders used. */
    ObjectProperty<String> codeProperty() { return code; }

    ObservableList<CodeRow> codeRows() { return codeRows; }

    /** The passages of the code chosen in {@link #shownCodeProperty()} (all when null). */
    ObservableList<Passage> passages() { return shownPassages; }

    /** Which code's passages are listed (a line of the figures); null = all. */
    ObjectProperty<String> shownCodeProperty() { return shownCode; }

    /** Documents left out and other remarks, in the user's language. */
    ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }

    ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** The two coders of the comparison shown (column headings). */
    ReadOnlyStringProperty firstNameProperty() { return firstName.getReadOnlyProperty(); }

    ReadOnlyStringProperty secondNameProperty() { return secondName.getReadOnlyProperty(); }

    BooleanProperty busyProperty() { return busy; }

    /** Chooses both coders at once (one comparison, not two). */
    void choose(String a, String b) {
        choosing = true;
        try {
            first.set(a);
            second.set(b);
        } finally {
            choosing = false;
        }
        compute();
    }

    private void computeUnlessChoosing() {
        if (!choosing) {
            compute();
        }
    }

    private void updateCoders() {
        List<String> names = main.coders().stream().map(Coder::name).toList();
        coderNames.setAll(names);
        String a = first.get();
        String b = second.get();
        if (a == null || !names.contains(a)) {
            String me = main.coderProperty().get();
            a = names.contains(me) ? me : names.isEmpty() ? null : names.get(0);
        }
        if (b == null || !names.contains(b) || b.equals(a)) {
            String taken = a;
            b = names.stream().filter(n -> !n.equals(taken)).findFirst().orElse(null);
        }
        if (!java.util.Objects.equals(a, first.get()) || !java.util.Objects.equals(b, second.get())) {
            choose(a, b);
        }
    }

    private void updateCodes() {
        Map<Long, Code> byId = new HashMap<>();
        main.codes().forEach(c -> byId.put(c.id(), c));
        List<String> paths = new ArrayList<>();
        for (Code c : main.codes()) {
            paths.add(se.dialogcoder.model.CodePath.of(c, byId));
        }
        paths.sort(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv")));
        codePaths.setAll(paths);
        if (code.get() != null && !paths.contains(code.get())) {
            code.set(null);
        }
    }

    /** Compares the chosen coders again (also after codings changed). */
    void compute() {
        long gen = ++generation;
        String a = first.get();
        String b = second.get();
        error.set(null);
        if (a == null || b == null || a.equals(b)) {
            clear();
            note.set(messages.getString(coderNames.size() < 2 ? "compare.needTwo" : "compare.chooseTwo"));
            return;
        }
        String path = code.get();
        busy.set(true);
        boolean started = main.query(s -> disagreements.compare(s.project(), a, b, path), result -> {
            if (gen == generation) {
                busy.set(false);
                show(result);
            }
        }, message -> {
            if (gen == generation) {
                busy.set(false);
                clear();
                error.set(message);
            }
        });
        if (!started) {
            busy.set(false);
            clear();
        }
    }

    private void clear() {
        codeRows.clear();
        passages.clear();
        firstName.set("");
        secondName.set("");
    }

    private void show(CoderComparison c) {
        firstName.set(c.first());
        secondName.set(c.second());
        List<CodeRow> rows = new ArrayList<>();
        for (CodeDisagreements d : c.codes()) {
            rows.add(row(d.code(), d.figures(), d.passages().size(), false));
        }
        if (c.codes().size() > 1) {
            rows.add(row(null, c.report().overall(), c.passages().size(), true));
        }
        String shown = shownCode.get();
        codeRows.setAll(rows);
        passages.setAll(c.passages());
        if (shown != null && rows.stream().noneMatch(r -> shown.equals(r.code()))) {
            shownCode.set(null);
        }
        note.set(note(c.report()));
    }

    private CodeRow row(String code, BinaryFigures f, int passages, boolean total) {
        PairFigures p = f.pairs().get(0);
        boolean noVariation = f.alpha().noVariation() || p.kappa().noVariation();
        return new CodeRow(code, percent(p.percentAgreement()), coefficient(p.kappa().kappa()),
                coefficient(f.alpha().alpha()), noVariation, passages, total);
    }

    private String note(AgreementReport r) {
        List<String> parts = new ArrayList<>();
        parts.add(Messages.format(messages, "compare.documents", r.documents().size()));
        if (!r.skipped().isEmpty()) {
            parts.add(Messages.format(messages, "compare.skipped", r.skipped().size(),
                    String.join(", ", r.skipped().stream().map(AgreementReport.Skipped::document).limit(6).toList())
                            + (r.skipped().size() > 6 ? ", …" : "")));
        }
        if (r.codes().isEmpty()) {
            parts.add(messages.getString("compare.nothingCoded"));
        }
        return String.join(" ", parts);
    }

    /** Percent with one decimal in the user's language ("92,5 %"), "–" when undefined. */
    String percent(Double v) {
        return v == null ? "–" : Messages.format(messages, "compare.percent", v);
    }

    /** A coefficient with three decimals ("0,712"; never "−0,000"), "–" when undefined. */
    String coefficient(Double v) {
        return v == null ? "–" : Messages.format(messages, "compare.coefficient", Coefficients.forDisplay(v));
    }

    /** Shows the passage in the main window: opens its document and selects it. */
    void jump(Passage p) {
        if (p != null) {
            main.revealPassage(p.documentId(), p.start(), p.end());
        }
    }
}
