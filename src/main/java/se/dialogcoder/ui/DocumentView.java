package se.dialogcoder.ui;

import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.TextUnit;

/**
 * The read-only, virtualised text of one document (RichTextFX), with speaker labels emphasised and timestamps
 * shown quietly, under a header with the document's name and facts.
 */
final class DocumentView extends BorderPane {
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final ResourceBundle messages;

    DocumentView(ResourceBundle messages) {
        this.messages = messages;
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("document-text");
        area.setId("documentText");
        area.setPadding(new javafx.geometry.Insets(10, 18, 10, 18));
        area.setParagraphGraphicFactory(null);
        title.getStyleClass().add("doc-title");
        title.setId("documentTitle");
        meta.getStyleClass().add("doc-meta");
        VBox header = new VBox(2, title, meta);
        header.getStyleClass().add("doc-header");
        setTop(header);
        setCenter(new VirtualizedScrollPane<>(area));
        show(null);
    }

    StyleClassedTextArea area() {
        return area;
    }

    void show(ProjectViewModel.OpenDocument doc) {
        if (doc == null) {
            title.setText("");
            meta.setText(messages.getString("text.placeholder"));
            area.replaceText("");
            return;
        }
        Document d = doc.document();
        title.setText(d.name());
        String county = d.county() == null ? messages.getString("nav.unknownCounty") : d.county().officialName();
        meta.setText(Messages.format(messages, "doc.details", county,
                messages.getString("doc.kind." + d.kind().id()), d.words(), d.units()));
        area.replaceText(doc.text());
        area.setStyleSpans(0, spans(doc.text(), doc.units()));
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** Style spans: timestamp (quiet) and speaker (bold) of each turn; the rest plain. */
    static StyleSpans<Collection<String>> spans(String text, List<TextUnit> units) {
        CodePointIndex index = new CodePointIndex(text);
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int pos = 0;
        for (TextUnit u : units) {
            if (u.speaker() == null || u.bodyStart() == u.start()) {
                continue;
            }
            int start = index.toChar(u.start());
            int body = index.toChar(u.bodyStart());
            String label = text.substring(start, body);
            int speakerAt = label.indexOf(u.speaker());
            int speakerStart = speakerAt < 0 ? start : start + speakerAt;
            if (start > pos) {
                b.add(List.of(), start - pos);
            }
            if (speakerStart > start) {
                b.add(List.of("timestamp"), speakerStart - start);
            }
            b.add(List.of("speaker"), body - speakerStart);
            pos = body;
        }
        b.add(List.of(), Math.max(0, text.length() - pos));
        return b.create();
    }
}
