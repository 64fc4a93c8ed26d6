package se.dialogcoder.ui.privacy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import javafx.util.StringConverter;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.app.privacy.PiiReviewer;
import se.dialogcoder.ingest.ParsedDocument;
import se.dialogcoder.ingest.pii.PiiDecision;
import se.dialogcoder.ingest.pii.PiiFinding;
import se.dialogcoder.ingest.pii.PiiKind;
import se.dialogcoder.ingest.pii.PiiReview;
import se.dialogcoder.ui.Dialogs;
import se.dialogcoder.ui.Messages;

/**
 * Before a file with personal data is stored, the user sees every finding in context and chooses, per finding
 * or per kind, to keep it or replace it with a pseudonym ([Person 1], [Telefon 1] …). Replacement is the
 * default. The file can also be left out.
 */
public final class PiiReviewDialog {
    /** The width the dialog asks for; less on a smaller screen. */
    static final double PREF_WIDTH = 940;

    private PiiReviewDialog() {
    }

    /** A cell that ends a text too long for its column in "…" and shows the whole text as a tooltip. */
    private static final class ShortCell extends TableCell<Row, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTextOverrun(OverrunStyle.ELLIPSIS);
            setTooltip(empty || item == null ? null : new Tooltip(item));
        }
    }

    /** A cell whose text wraps at the column's width (the row grows), with the whole text as a tooltip. */
    private static final class WrappingCell extends TableCell<Row, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("wrapping-cell-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(10));
            setPrefHeight(Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setTooltip(empty || item == null ? null : new Tooltip(item));
        }
    }

    /** A reviewer for the import worker thread: shows the dialog on the FX thread and waits for the answer. */
    public static PiiReviewer reviewer(Window owner, ResourceBundle m) {
        return (file, document, review) -> {
            CompletableFuture<Boolean> answer = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    answer.complete(show(owner, m, file, document, review));
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            });
            return answer.join();
        };
    }

    /** One table row: a finding, its context and its decision. */
    static final class Row {
        final int index;
        final PiiFinding finding;
        final SimpleStringProperty context;
        final SimpleObjectProperty<PiiDecision> decision;

        Row(int index, PiiFinding finding, String context, PiiDecision decision) {
            this.index = index;
            this.finding = finding;
            this.context = new SimpleStringProperty(context);
            this.decision = new SimpleObjectProperty<>(decision);
        }
    }

    static boolean show(Window owner, ResourceBundle m, Path file, ParsedDocument document, PiiReview review) {
        review.decideAll(PiiDecision.PSEUDONYMISE);
        CodePointText index = new CodePointText(document.text());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < review.findings().size(); i++) {
            PiiFinding f = review.findings().get(i);
            int from = Math.max(0, f.start() - 40);
            int to = Math.min(index.length(), f.end() + 40);
            String context = ("…" + index.slice(from, to) + "…").replace('\n', ' ');
            rows.add(new Row(i, f, context, review.decision(i)));
        }
        StringConverter<PiiDecision> words = new StringConverter<>() {
            @Override
            public String toString(PiiDecision d) {
                return d == null ? "" : m.getString("pii.decision." + d.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public PiiDecision fromString(String s) {
                return null;
            }
        };
        TableView<Row> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.setId("piiFindings");
        table.setEditable(true);
        // the columns share the table's width: no column runs off the dialog, long texts wrap or end in "…"
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<Row, String> kind = new TableColumn<>(m.getString("pii.kind"));
        kind.setCellValueFactory(r -> new SimpleStringProperty(r.getValue().finding.kind().label()));
        kind.setCellFactory(c -> new ShortCell());
        kind.setMinWidth(80);
        kind.setPrefWidth(110);
        kind.setMaxWidth(160);
        TableColumn<Row, String> text = new TableColumn<>(m.getString("pii.text"));
        text.setCellValueFactory(r -> new SimpleStringProperty(r.getValue().finding.text()));
        text.setCellFactory(c -> new ShortCell());
        text.setMinWidth(100);
        text.setPrefWidth(190);
        TableColumn<Row, String> context = new TableColumn<>(m.getString("pii.context"));
        context.setCellValueFactory(r -> r.getValue().context);
        context.setCellFactory(c -> new WrappingCell());
        context.setMinWidth(160);
        context.setPrefWidth(400);
        TableColumn<Row, PiiDecision> decision = new TableColumn<>(m.getString("pii.decision"));
        decision.setCellValueFactory(r -> r.getValue().decision);
        decision.setCellFactory(ChoiceBoxTableCell.forTableColumn(words, PiiDecision.values()));
        decision.setEditable(true);
        decision.setMinWidth(180);
        decision.setPrefWidth(190);
        decision.setMaxWidth(230);
        table.getColumns().add(kind);
        table.getColumns().add(text);
        table.getColumns().add(context);
        table.getColumns().add(decision);
        table.setPrefHeight(300);
        table.setMinHeight(140);
        FlowPane perKind = new FlowPane(8, 6);
        perKind.setId("piiPerKind");
        Set<PiiKind> kinds = EnumSet.noneOf(PiiKind.class);
        rows.forEach(r -> kinds.add(r.finding.kind()));
        for (PiiKind k : kinds) {
            ChoiceBox<PiiDecision> all = new ChoiceBox<>(FXCollections.observableArrayList(PiiDecision.values()));
            all.setConverter(words);
            all.setValue(PiiDecision.PSEUDONYMISE);
            all.setOnAction(e -> {
                rows.stream().filter(r -> r.finding.kind() == k).forEach(r -> r.decision.set(all.getValue()));
                table.refresh();
            });
            Label label = new Label(Messages.format(m, "pii.allOfKind", k.label()));
            HBox pair = new HBox(6, label, all);
            pair.setAlignment(Pos.CENTER_LEFT);
            perKind.getChildren().add(pair);
        }
        Label lead = new Label(Messages.format(m, "pii.lead", file.getFileName(), rows.size()));
        lead.setId("piiLead");
        lead.setWrapText(true);
        lead.setMinHeight(Region.USE_PREF_SIZE);
        Dialog<Boolean> dialog = Dialogs.dialog(owner, m, m.getString("pii.title"), m.getString("pii.title"));
        ButtonType store = new ButtonType(m.getString("pii.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(m.getString("pii.skip"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(store, skip);
        VBox content = new VBox(8, lead, perKind, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        // a wrapping label asks for the width of its whole text on one line: give the content a width that fits
        // the screen instead, and let the label and the per-kind choices wrap inside it
        Rectangle2D room = Dialogs.room(owner);
        double width = Math.min(PREF_WIDTH, room.getWidth() - 48);
        content.setPrefWidth(width);
        perKind.prefWrapLengthProperty().bind(content.widthProperty());
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinWidth(Math.min(560, room.getWidth()));
        dialog.setResultConverter(b -> b == store);
        boolean ok = dialog.showAndWait().orElse(false);
        if (ok) {
            for (Row r : rows) {
                review.decide(r.index, r.decision.get());
            }
        }
        return ok;
    }
}
