package se.dialogcoder.ui.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.ui.Messages;
import se.dialogcoder.ui.ProjectViewModel;
import se.dialogcoder.ui.coding.QuickCodeDialog;

/** Choosers shared by the analysis tabs: codes, coders, measures; each tells its model when the choice changes. */
public final class AnalysisControls {
    /** An entry of a chooser: a value (null for "all") and its label. */
    public record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private AnalysisControls() {
    }

    static <T> ComboBox<Choice<T>> combo(List<Choice<T>> items, Consumer<T> onChange) {
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.getItems().setAll(items);
        if (!items.isEmpty()) {
            box.getSelectionModel().select(0);
        }
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && (a == null || !Objects.equals(a.value(), b.value()))) {
                onChange.accept(b.value());
            }
        });
        return box;
    }

    /** Selects the entry holding {@code value}, if there is one. */
    static <T> void select(ComboBox<Choice<T>> box, T value) {
        for (Choice<T> c : box.getItems()) {
            if (Objects.equals(c.value(), value)) {
                box.setValue(c);
                return;
            }
        }
    }

    /**
     * A chooser over the codebook (codes indented under their themes, with their colour), kept up to date as the
     * codebook changes.
     *
     * @param all label of a first "every code" entry (value null), or null for none
     * @param themesOnly only the top-level codes
     */
    static ComboBox<Choice<Code>> codes(ProjectViewModel vm, String all, boolean themesOnly, Consumer<Code> onChange) {
        ComboBox<Choice<Code>> box = combo(codeChoices(vm.codes(), all, themesOnly), onChange);
        box.setVisibleRowCount(18);
        box.setCellFactory(l -> new CodeCell());
        box.setButtonCell(new CodeCell());
        ListChangeListener<Code> follow = c -> {
            Code chosen = box.getValue() == null ? null : box.getValue().value();
            List<Choice<Code>> items = codeChoices(vm.codes(), all, themesOnly);
            box.getItems().setAll(items);
            Choice<Code> again = items.stream().filter(i -> chosen == null ? i.value() == null
                    : i.value() != null && i.value().id() == chosen.id()).findFirst().orElse(null);
            if (again != null) {
                box.setValue(again);
            } else if (!items.isEmpty()) {
                box.setValue(items.get(0));
            } else {
                box.setValue(null);
            }
        };
        weakly(box, vm.codes(), follow);
        return box;
    }

    /**
     * Listens to a list of the (long-lived) main view model without keeping the chooser alive: the chooser holds
     * the listener, the list only a weak reference to it (a closed analysis window can be collected).
     */
    static <E> void weakly(javafx.scene.Node owner, javafx.collections.ObservableList<E> list,
                           ListChangeListener<E> listener) {
        owner.getProperties().put(new Object(), listener);
        list.addListener(new javafx.collections.WeakListChangeListener<>(listener));
    }

    static List<Choice<Code>> codeChoices(List<Code> codes, String all, boolean themesOnly) {
        Map<Long, Code> byId = new HashMap<>();
        codes.forEach(c -> byId.put(c.id(), c));
        List<Choice<Code>> out = new ArrayList<>();
        if (all != null) {
            out.add(new Choice<>(null, all));
        }
        for (Code c : new se.dialogcoder.analysis.CodeTree(codes).all()) {
            if (!themesOnly || c.parentId() == null) {
                out.add(new Choice<>(c, QuickCodeDialog.path(c, byId)));
            }
        }
        return out;
    }

    /** Shows a code with its colour; sub-codes indented by their name only. */
    private static final class CodeCell extends ListCell<Choice<Code>> {
        @Override
        protected void updateItem(Choice<Code> item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Code c = item.value();
            if (c == null) {
                setText(item.label());
                setGraphic(null);
                return;
            }
            boolean sub = c.parentId() != null;
            String label = item.label();
            setText(sub && isInList() ? "    " + se.dialogcoder.model.CodePath.last(label) : label);
            Rectangle swatch = new Rectangle(10, 10, Color.web(c.color() == null ? "#999999" : c.color()));
            setGraphic(swatch);
            setStyle(sub ? "" : "-fx-font-weight: bold;");
        }

        private boolean isInList() {
            return getListView() != null;
        }
    }

    /**
     * Everything, a document set, a code set, a landsdel or a sjukvårdsregion; kept up to date with the project's
     * sets (a chosen set that is deleted falls back to everything).
     */
    static ComboBox<Choice<SetScope>> scope(ProjectViewModel vm, ResourceBundle m, String id,
                                            Consumer<SetScope> onChange) {
        return scope(vm, m, id, true, onChange);
    }

    /** The same; without code sets where only documents can be narrowed (text search). */
    static ComboBox<Choice<SetScope>> scope(ProjectViewModel vm, ResourceBundle m, String id, boolean codeSets,
                                            Consumer<SetScope> onChange) {
        ComboBox<Choice<SetScope>> box = combo(scopeChoices(vm.sets(), m, codeSets), onChange);
        box.setId(id);
        box.setVisibleRowCount(20);
        ListChangeListener<se.dialogcoder.model.ItemSet> follow = c -> {
            SetScope chosen = box.getValue() == null ? SetScope.ALL : box.getValue().value();
            box.getItems().setAll(scopeChoices(vm.sets(), m, codeSets));
            SetScope again = chosen.in(vm.sets());
            select(box, again);
            if (box.getValue() == null || !box.getItems().contains(box.getValue())) {
                box.getSelectionModel().select(0);
            }
            if (!again.equals(chosen)) {
                onChange.accept(again);
            }
        };
        weakly(box, vm.sets(), follow);
        return box;
    }

    public static List<Choice<SetScope>> scopeChoices(List<se.dialogcoder.model.ItemSet> sets, ResourceBundle m) {
        return scopeChoices(sets, m, true);
    }

    static List<Choice<SetScope>> scopeChoices(List<se.dialogcoder.model.ItemSet> sets, ResourceBundle m,
                                               boolean codeSets) {
        List<Choice<SetScope>> out = new ArrayList<>();
        out.add(new Choice<>(SetScope.ALL, m.getString("scope.all")));
        for (se.dialogcoder.model.ItemSet s : sets) {
            if (!codeSets && !s.isDocumentSet()) {
                continue;
            }
            out.add(new Choice<>(SetScope.of(s), Messages.format(m, s.isDocumentSet() ? "scope.documentSet"
                    : "scope.codeSet", s.name())));
        }
        boolean english = m.getLocale() != null && "en".equals(m.getLocale().getLanguage());
        for (se.dialogcoder.model.CountyGroup g : se.dialogcoder.model.CountyGroup.values()) {
            String name = english ? g.englishName() : g.shortName();
            out.add(new Choice<>(SetScope.of(g), Messages.format(m, g.division()
                    == se.dialogcoder.model.CountyGroup.Division.LANDSDEL ? "scope.landsdel" : "scope.region", name)));
        }
        return out;
    }

    /** Everyone's codings, or one coder's; kept up to date with the coders of the project. */
    static ComboBox<Choice<String>> coders(ProjectViewModel vm, ResourceBundle m, Consumer<String> onChange) {
        ComboBox<Choice<String>> box = combo(coderChoices(vm.coders(), m), onChange);
        ListChangeListener<Coder> follow = c -> {
            String chosen = box.getValue() == null ? null : box.getValue().value();
            box.getItems().setAll(coderChoices(vm.coders(), m));
            select(box, chosen);
            if (box.getValue() == null || !box.getItems().contains(box.getValue())) {
                box.getSelectionModel().select(0);
            }
        };
        weakly(box, vm.coders(), follow);
        return box;
    }

    private static List<Choice<String>> coderChoices(List<Coder> coders, ResourceBundle m) {
        List<Choice<String>> out = new ArrayList<>();
        out.add(new Choice<>(null, m.getString("analysis.allCoders")));
        coders.forEach(c -> out.add(new Choice<>(c.name(), c.name())));
        return out;
    }

    static ComboBox<Choice<CountyMatrix.Measure>> measures(ResourceBundle m, boolean presence,
                                                           Consumer<CountyMatrix.Measure> onChange) {
        List<Choice<CountyMatrix.Measure>> items = new ArrayList<>();
        items.add(new Choice<>(CountyMatrix.Measure.SEGMENTS, m.getString("analysis.measure.segments")));
        items.add(new Choice<>(CountyMatrix.Measure.COVERAGE, m.getString("analysis.measure.coverage")));
        if (presence) {
            items.add(new Choice<>(CountyMatrix.Measure.PRESENCE, m.getString("analysis.measure.presence")));
        }
        return combo(items, onChange);
    }

    /** A red line with the tab's last error; hidden when there is none. */
    static Label error(javafx.beans.binding.StringExpression error) {
        Label l = new Label();
        l.getStyleClass().add("analysis-error");
        l.setWrapText(true);
        l.textProperty().bind(error);
        l.visibleProperty().bind(error.isNotNull().and(error.isNotEmpty()));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    static Region spacer() {
        Region r = new Region();
        javafx.scene.layout.HBox.setHgrow(r, javafx.scene.layout.Priority.ALWAYS);
        return r;
    }

    /** The measure's word for headings ("segment", "täckning", "förekomst"). */
    static String measureName(ResourceBundle m, CountyMatrix.Measure measure) {
        return m.getString("analysis.measure." + measure.name().toLowerCase(java.util.Locale.ROOT));
    }
}
