package se.dialogcoder.ui.documents;

import se.dialogcoder.app.Project;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.ui.Messages;
import se.dialogcoder.ui.ProjectViewModel;
import se.dialogcoder.ui.Subscriptions;

/**
 * Details and memo of whatever was selected last: a coding, a document (county, kind, round, date, free
 * attributes) or a code; or the project memo. Memo edits are saved by themselves shortly after typing stops and
 * when the selection changes — there is no save button. When the shown coding or code goes away (removed, undone,
 * deleted) the panel shows the selected document instead. Each saved change of a document's facts is one undoable
 * step; the county and kind lists save when a choice is committed, not on every arrow key.
 */
public final class DetailsView extends VBox {
    private final ProjectViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ResourceBundle m;
    private final Label heading = new Label();
    private final VBox facts = new VBox(6);
    private final TextArea memo = new TextArea();
    private final PauseTransition saveLater = new PauseTransition(Duration.millis(600));
    private Project.MemoOf target;
    private long targetId;
    /** The document whose facts are shown (null when the panel shows something else) and its attribute list. */
    private Document factsOf;
    private FlowPane attributeList;
    private Map<String, String> attributesShown = Map.of();
    private boolean loading;
    private boolean dirty;

    public DetailsView(ProjectViewModel vm, ResourceBundle messages) {
        this.vm = vm;
        this.m = messages;
        getStyleClass().add("details");
        setSpacing(6);
        heading.getStyleClass().add("pane-heading");
        heading.setId("detailsHeading");
        memo.setId("memo");
        memo.setWrapText(true);
        memo.setPromptText(messages.getString("memo.prompt"));
        memo.setDisable(true);
        VBox.setVgrow(memo, Priority.ALWAYS);
        getChildren().addAll(heading, facts, memo);
        saveLater.setOnFinished(e -> flush());
        memo.textProperty().addListener((obs, o, n) -> {
            if (!loading && target != null) {
                dirty = true;
                saveLater.playFromStart();
            }
        });
        memo.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
                flush();
            }
        });
        subscriptions.on(vm.selectedCodingProperty(), (obs, o, c) -> {
            if (c != null) {
                showCoding(c);
            } else if (target == Project.MemoOf.CODING) {
                showDocumentOf(o.documentId());
            }
        });
        subscriptions.on(vm.selectedCodeProperty(), (obs, o, c) -> {
            if (c != null) {
                showCode(c);
            } else if (target == Project.MemoOf.CODE) {
                showDocumentOf(-1);
            }
        });
        // attributes are not part of the document record: read them again after every change (also undo, redo)
        subscriptions.on(vm.dataVersionProperty(), (obs, o, v) -> {
            if (getScene() != null) {
                reloadAttributes();
            }
        });
        subscriptions.on(vm.selectedDocumentProperty(), (obs, o, d) -> {
            if (d != null && (o == null || o.id() != d.id() || target == Project.MemoOf.DOCUMENT)) {
                showDocument(d);
            }
        });
        subscriptions.on(vm.projectProperty(), (obs, o, p) -> showNothing());
        subscriptions.onList(vm.coders(), (javafx.collections.ListChangeListener<se.dialogcoder.model.Coder>) ch ->
                renameCoder());
        showCurrent(); // a panel rebuilt in another language shows what is selected
    }

    /** Shows the selected coding, else the selected document, else the selected code, else nothing. */
    private void showCurrent() {
        Coding coding = vm.selectedCodingProperty().get();
        Document document = vm.selectedDocumentProperty().get();
        Code code = vm.selectedCodeProperty().get();
        if (coding != null) {
            showCoding(coding);
        } else if (document != null) {
            showDocument(document);
        } else if (code != null) {
            showCode(code);
        } else {
            showNothing();
        }
    }

    /** Saves a pending memo and stops following the view model (the panel is being replaced). */
    public void dispose() {
        flush();
        subscriptions.dispose();
    }

    /** Saves a pending memo edit now. */
    public void flush() {
        saveLater.stop();
        if (target != null && dirty) {
            vm.memosAndFacts().saveMemo(target, targetId, memo.getText());
        }
        dirty = false;
    }

    public void showProject() {
        factsOf = null;
        heading.setText(m.getString("details.project"));
        facts.getChildren().clear();
        load(Project.MemoOf.PROJECT, 0);
    }

    /**
     * After the shown coding or code went away (removed, undone, deleted): shows the selected document instead, or
     * nothing. When the selection moved to another document meanwhile, that document's own change shows it.
     */
    private void showDocumentOf(long documentId) {
        Document d = vm.selectedDocumentProperty().get();
        if (d == null) {
            showNothing();
        } else if (documentId < 0 || d.id() == documentId) {
            showDocument(d);
        }
    }

    private void showNothing() {
        flush();
        target = null;
        factsOf = null;
        heading.setText(m.getString("details.none"));
        facts.getChildren().clear();
        loading = true;
        memo.setText("");
        loading = false;
        memo.setDisable(true);
    }

    private void showCoding(Coding c) {
        factsOf = null;
        Code code = vm.codes().stream().filter(k -> k.id() == c.codeId()).findFirst().orElse(null);
        String coder = vm.coders().stream().filter(k -> k.id() == c.coderId()).map(k -> k.name()).findFirst()
                .orElse("?");
        heading.setText(Messages.format(m, "details.coding", code == null ? "?" : code.name()));
        Label who = new Label(Messages.format(m, "details.codingFacts", coder, c.start(), c.end()));
        facts.getChildren().setAll(who);
        codingFacts = who;
        load(Project.MemoOf.CODING, c.id());
    }

    /** The coder line of the coding shown; a first coding's coder is read after it is shown, so it is named then. */
    private Label codingFacts;

    private void renameCoder() {
        Coding c = vm.selectedCodingProperty().get();
        if (c != null && codingFacts != null && facts.getChildren().contains(codingFacts)) {
            vm.coders().stream().filter(k -> k.id() == c.coderId()).findFirst().ifPresent(k -> codingFacts.setText(
                    Messages.format(m, "details.codingFacts", k.name(), c.start(), c.end())));
        }
    }

    private void showCode(Code c) {
        factsOf = null;
        heading.setText(Messages.format(m, "details.code", c.name()));
        Label en = new Label(c.nameEn() == null ? "" : c.nameEn());
        en.getStyleClass().add("muted");
        Label description = new Label(c.description() == null ? "" : c.description());
        description.setWrapText(true);
        description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        facts.getChildren().setAll(en, description);
        load(Project.MemoOf.CODE, c.id());
    }

    private void showDocument(Document d) {
        heading.setText(Messages.format(m, "details.document", d.name()));
        ComboBox<County> county = new ComboBox<>(FXCollections.observableArrayList(County.values()));
        county.getItems().add(0, null);
        county.setId("countyChoice");
        county.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(County c) {
                return c == null ? m.getString("nav.unknownCounty") : c.code() + " " + c.officialName();
            }

            @Override
            public County fromString(String s) {
                return null;
            }
        });
        county.setValue(d.county());
        saveOnCommit(county, d.county(), c -> vm.memosAndFacts().setCounty(d, c));
        ComboBox<DocumentKind> kind = new ComboBox<>(FXCollections.observableArrayList(DocumentKind.values()));
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DocumentKind k) {
                return k == null ? "" : m.getString("doc.kind." + k.id());
            }

            @Override
            public DocumentKind fromString(String s) {
                return null;
            }
        });
        kind.setId("kindChoice");
        kind.setValue(d.kind());
        TextField round = new TextField(d.round() == null ? "" : d.round());
        round.setId("roundField");
        round.setPromptText(m.getString("details.round"));
        round.setPrefColumnCount(5);
        TextField date = new TextField(d.dialogueDate() == null ? "" : d.dialogueDate());
        date.setId("dateField");
        date.setPromptText("åååå-mm-dd");
        date.setPrefColumnCount(8);
        // kind, round and date are saved together, once per change (each save is one undoable step)
        List<Object> saved = new ArrayList<>(List.of(d.kind(), round.getText().strip(), date.getText().strip()));
        Runnable saveFacts = () -> {
            List<Object> now = List.of(kind.getValue(), round.getText().strip(), date.getText().strip());
            if (!now.equals(saved)) {
                Collections.copy(saved, now);
                vm.memosAndFacts().setDocumentFacts(d, kind.getValue(), round.getText(), date.getText());
            }
        };
        saveOnCommit(kind, d.kind(), k -> saveFacts.run());
        round.setOnAction(e -> saveFacts.run());
        date.setOnAction(e -> saveFacts.run());
        round.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                saveFacts.run();
            }
        });
        date.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                saveFacts.run();
            }
        });
        FlowPane row = new FlowPane(8, 6, new Label(m.getString("details.county")), county, kind,
                new Label(m.getString("details.round")), round, new Label(m.getString("details.date")), date);
        FlowPane attributes = new FlowPane(8, 4);
        attributes.setId("attributes");
        TextField name = new TextField();
        name.setId("attributeName");
        name.setPromptText(m.getString("details.attributeName"));
        name.setPrefColumnCount(8);
        TextField value = new TextField();
        value.setId("attributeValue");
        value.setPromptText(m.getString("details.attributeValue"));
        value.setPrefColumnCount(10);
        Button set = new Button(m.getString("details.attributeSet"));
        set.setId("attributeSet");
        set.setOnAction(e -> {
            vm.memosAndFacts().setAttribute(d, name.getText(), value.getText());
            name.clear();
            value.clear();
        });
        HBox attributeEditor = new HBox(6, name, value, set);
        String focused = focusedFactId();
        facts.getChildren().setAll(row, attributes, attributeEditor);
        load(Project.MemoOf.DOCUMENT, d.id());
        factsOf = d;
        attributeList = attributes;
        attributesShown = Map.of();
        reloadAttributes();
        if (focused != null) {
            // the panel is built anew after a saved change: keep the keyboard where it was
            facts.lookupAll("#" + focused).stream().findFirst().ifPresent(Node::requestFocus);
        }
    }

    /** The id of the fact control in this panel that has the keyboard focus (county, kind, round, date), or null. */
    private String focusedFactId() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        if (owner == null || owner.getId() == null || !FACT_IDS.contains(owner.getId())) {
            return null;
        }
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == facts) {
                return owner.getId();
            }
        }
        return null;
    }

    private static final java.util.Set<String> FACT_IDS = java.util.Set.of("countyChoice", "kindChoice",
            "roundField", "dateField");

    /** Reads the shown document's attributes again and shows them when they changed. */
    private void reloadAttributes() {
        Document d = factsOf;
        FlowPane list = attributeList;
        if (d == null || list == null || target != Project.MemoOf.DOCUMENT) {
            return;
        }
        vm.memosAndFacts().attributes(d, map -> {
            if (factsOf == d && attributeList == list && !map.equals(attributesShown)) {
                attributesShown = Map.copyOf(map);
                list.getChildren().clear();
                map.forEach((k, v) -> list.getChildren().add(new Label(k + ": " + v)));
            }
        });
    }

    /**
     * Saves a choice only when the user commits it — the list closes on a new value, Enter, or the box loses the
     * focus — never on every arrow key that walks through the values; a value is saved once.
     */
    private static <T> void saveOnCommit(ComboBox<T> box, T saved, Consumer<T> save) {
        Object[] committed = {saved};
        Runnable commit = () -> {
            T v = box.getValue();
            if (!Objects.equals(v, committed[0])) {
                committed[0] = v;
                save.accept(v);
            }
        };
        box.setOnHidden(e -> commit.run());
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !box.isShowing()) {
                commit.run();
            }
        });
        box.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    /**
     * Shows the memo of a target. The memo of the target already shown stays as it is (the panel is built anew when
     * the target's facts change, and what is being typed must go on); another target's memo is read, and typing
     * waits until it is there, so nothing typed is overwritten by the memo arriving.
     */
    private void load(Project.MemoOf t, long id) {
        if (t == target && id == targetId && !memo.isDisabled() && memo.isEditable()) {
            return;
        }
        flush();
        target = t;
        targetId = id;
        loading = true;
        memo.setText("");
        memo.setDisable(false);
        memo.setEditable(false);
        vm.memosAndFacts().memo(t, id, text -> {
            if (target == t && targetId == id) {
                loading = true;
                memo.setText(text);
                loading = false;
                memo.setEditable(true);
            }
        });
        loading = false;
    }
}
