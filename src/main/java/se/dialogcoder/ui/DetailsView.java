package se.dialogcoder.ui;

import java.util.ResourceBundle;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
import se.dialogcoder.ui.ProjectViewModel.MemoTarget;

/**
 * Details and memo of whatever was selected last: a coding, a document (county, kind, round, date, free
 * attributes) or a code; or the project memo. Memo edits are saved by themselves shortly after typing stops and
 * when the selection changes — there is no save button.
 */
final class DetailsView extends VBox {
    private final ProjectViewModel vm;
    private final ResourceBundle m;
    private final Label heading = new Label();
    private final VBox facts = new VBox(6);
    private final TextArea memo = new TextArea();
    private final PauseTransition saveLater = new PauseTransition(Duration.millis(600));
    private MemoTarget target;
    private long targetId;
    private boolean loading;
    private boolean dirty;

    DetailsView(ProjectViewModel vm, ResourceBundle messages) {
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
        vm.selectedCodingProperty().addListener((obs, o, c) -> {
            if (c != null) {
                showCoding(c);
            }
        });
        vm.selectedCodeProperty().addListener((obs, o, c) -> {
            if (c != null) {
                showCode(c);
            }
        });
        vm.selectedDocumentProperty().addListener((obs, o, d) -> {
            if (d != null && (o == null || o.id() != d.id() || target == MemoTarget.DOCUMENT)) {
                showDocument(d);
            }
        });
        vm.projectProperty().addListener((obs, o, p) -> showNothing());
        showNothing();
    }

    /** Saves a pending memo edit now. */
    void flush() {
        saveLater.stop();
        if (target != null && dirty) {
            vm.saveMemo(target, targetId, memo.getText());
        }
        dirty = false;
    }

    void showProject() {
        heading.setText(m.getString("details.project"));
        facts.getChildren().clear();
        load(MemoTarget.PROJECT, 0);
    }

    private void showNothing() {
        flush();
        target = null;
        heading.setText(m.getString("details.none"));
        facts.getChildren().clear();
        loading = true;
        memo.setText("");
        loading = false;
        memo.setDisable(true);
    }

    private void showCoding(Coding c) {
        Code code = vm.codes().stream().filter(k -> k.id() == c.codeId()).findFirst().orElse(null);
        String coder = vm.coders().stream().filter(k -> k.id() == c.coderId()).map(k -> k.name()).findFirst()
                .orElse("?");
        heading.setText(Messages.format(m, "details.coding", code == null ? "?" : code.name()));
        Label who = new Label(Messages.format(m, "details.codingFacts", coder, c.start(), c.end()));
        facts.getChildren().setAll(who);
        load(MemoTarget.CODING, c.id());
    }

    private void showCode(Code c) {
        heading.setText(Messages.format(m, "details.code", c.name()));
        Label en = new Label(c.nameEn() == null ? "" : c.nameEn());
        en.getStyleClass().add("muted");
        Label description = new Label(c.description() == null ? "" : c.description());
        description.setWrapText(true);
        description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        facts.getChildren().setAll(en, description);
        load(MemoTarget.CODE, c.id());
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
        county.setOnAction(e -> {
            if (county.getValue() != d.county()) {
                vm.setCounty(d, county.getValue());
            }
        });
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
        kind.setValue(d.kind());
        TextField round = new TextField(d.round() == null ? "" : d.round());
        round.setPromptText(m.getString("details.round"));
        round.setPrefColumnCount(5);
        TextField date = new TextField(d.dialogueDate() == null ? "" : d.dialogueDate());
        date.setPromptText("åååå-mm-dd");
        date.setPrefColumnCount(8);
        Runnable saveFacts = () -> vm.setDocumentFacts(d, kind.getValue(), round.getText(), date.getText());
        kind.setOnAction(e -> {
            if (kind.getValue() != d.kind()) {
                saveFacts.run();
            }
        });
        round.setOnAction(e -> saveFacts.run());
        date.setOnAction(e -> saveFacts.run());
        round.focusedProperty().addListener((o, was, now) -> {
            if (!now && !round.getText().equals(d.round() == null ? "" : d.round())) {
                saveFacts.run();
            }
        });
        date.focusedProperty().addListener((o, was, now) -> {
            if (!now && !date.getText().equals(d.dialogueDate() == null ? "" : d.dialogueDate())) {
                saveFacts.run();
            }
        });
        FlowPane row = new FlowPane(8, 6, new Label(m.getString("details.county")), county, kind,
                new Label(m.getString("details.round")), round, new Label(m.getString("details.date")), date);
        FlowPane attributes = new FlowPane(8, 4);
        TextField name = new TextField();
        name.setPromptText(m.getString("details.attributeName"));
        name.setPrefColumnCount(8);
        TextField value = new TextField();
        value.setPromptText(m.getString("details.attributeValue"));
        value.setPrefColumnCount(10);
        Button set = new Button(m.getString("details.attributeSet"));
        set.setOnAction(e -> {
            vm.setAttribute(d, name.getText(), value.getText());
            name.clear();
            value.clear();
        });
        vm.attributes(d, map -> {
            attributes.getChildren().clear();
            map.forEach((k, v) -> attributes.getChildren().add(new Label(k + ": " + v)));
        });
        HBox attributeEditor = new HBox(6, name, value, set);
        facts.getChildren().setAll(row, attributes, attributeEditor);
        load(MemoTarget.DOCUMENT, d.id());
    }

    private void load(MemoTarget t, long id) {
        flush();
        target = t;
        targetId = id;
        loading = true;
        memo.setText("");
        memo.setDisable(false);
        vm.memo(t, id, text -> {
            if (target == t && targetId == id) {
                loading = true;
                memo.setText(text);
                loading = false;
            }
        });
        loading = false;
    }
}
