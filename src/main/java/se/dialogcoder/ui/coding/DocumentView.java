package se.dialogcoder.ui.coding;

import se.dialogcoder.ui.Reveal;
import se.dialogcoder.ui.OpenDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.ui.Colors;
import se.dialogcoder.ui.Messages;
import se.dialogcoder.ui.ProjectViewModel;
import se.dialogcoder.ui.Subscriptions;

/**
 * The read-only, virtualised text of one document (RichTextFX): speaker labels emphasised, timestamps quiet,
 * every visible coding painted in its code's colour (overlaps underlined in the other code's colour), and a
 * coding-stripe margin beside each paragraph showing which codes cover it; a stripe click selects the coding.
 * Selected text can be dragged onto a code in the codebook.
 */
public final class DocumentView extends BorderPane {
    /** Drag-and-drop payload that means "the current text selection". */
    public static final String SELECTION_DRAG = "dialogcoder:selection";
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final ResourceBundle messages;
    private final ProjectViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();
    private CodePointText index = new CodePointText("");
    /** Code point where each paragraph of the shown text starts (the text never changes while shown). */
    private int[] paragraphStarts = {0};
    private OpenDocument shown;
    private boolean pressInSelection;
    private Runnable afterPaint = () -> { };

    private final VirtualizedScrollPane<InlineCssTextArea> scroller;
    private javafx.scene.Node welcome;

    /** Shown instead of the text while no document is open. */
    public void setWelcome(javafx.scene.Node node) {
        welcome = node;
        if (shown == null) {
            setCenter(welcome);
        }
    }

    public DocumentView(ProjectViewModel vm, ResourceBundle messages) {
        this.vm = vm;
        this.messages = messages;
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("document-text");
        area.setId("documentText");
        area.setPadding(new javafx.geometry.Insets(10, 18, 10, 6));
        title.getStyleClass().add("doc-title");
        title.setId("documentTitle");
        meta.getStyleClass().add("doc-meta");
        VBox header = new VBox(2, title, meta);
        header.getStyleClass().add("doc-header");
        setTop(header);
        scroller = new VirtualizedScrollPane<>(area);
        setCenter(scroller);
        area.selectionProperty().addListener((obs, old, range) -> {
            if (range.getLength() == 0) {
                vm.selectionProperty().set(null);
            } else {
                vm.selectionProperty().set(new int[] {index.toCodePoint(range.getStart()),
                    index.toCodePoint(range.getEnd())});
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (area.getSelection().getLength() == 0 && shown != null) {
                vm.coding().selectCodingAt(index.toCodePoint(area.getCaretPosition()));
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pressInSelection = area.getSelection().getLength() > 0
                && area.hit(e.getX(), e.getY()).getInsertionIndex() >= area.getSelection().getStart()
                && area.hit(e.getX(), e.getY()).getInsertionIndex() < area.getSelection().getEnd());
        area.addEventFilter(MouseEvent.DRAG_DETECTED, e -> {
            if (pressInSelection) {
                Dragboard db = area.startDragAndDrop(TransferMode.LINK);
                ClipboardContent content = new ClipboardContent();
                content.putString(SELECTION_DRAG);
                db.setContent(content);
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressInSelection) {
                e.consume(); // keep the selection while dragging it to a code
            }
        });
        subscriptions.on(vm.openDocumentProperty(), (obs, old, doc) -> show(doc));
        subscriptions.on(vm.selectedCodingProperty(), (obs, old, c) -> {
            if (shown != null) {
                List<int[]> r = new ArrayList<>();
                if (old != null) {
                    r.add(new int[] {old.start(), old.end()});
                }
                if (c != null) {
                    r.add(new int[] {c.start(), c.end()});
                }
                restyle(r);
            }
        });
        subscriptions.onList(vm.codes(), (javafx.collections.ListChangeListener<Code>) c -> repaint());
        subscriptions.on(vm.revealProperty(), (obs, old, r) -> {
            if (r != null) {
                reveal(r);
            }
        });
        show(vm.openDocumentProperty().get()); // a rebuilt window shows what was open
    }

    /** Selects a passage of the shown document and scrolls it near the top of the view. */
    private void reveal(Reveal r) {
        if (r == null || shown == null || shown.document().id() != r.documentId()) {
            return;
        }
        int from = index.toChar(Math.max(0, Math.min(r.start(), index.length())));
        int to = index.toChar(Math.max(0, Math.min(r.end(), index.length())));
        area.selectRange(from, to);
        int paragraph = area.offsetToPosition(from, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphAtTop(Math.max(0, paragraph - 1));
        area.requestFocus();
    }

    /** Stops following the view model (the view is being replaced). */
    public void dispose() {
        subscriptions.dispose();
    }

    public InlineCssTextArea area() {
        return area;
    }

    private void show(OpenDocument doc) {
        boolean sameText = shown != null && doc != null && shown.document().id() == doc.document().id();
        OpenDocument before = shown;
        shown = doc;
        if (doc == null) {
            title.setText("");
            meta.setText(messages.getString("text.placeholder"));
            area.replaceText("");
            index = new CodePointText("");
            area.setParagraphGraphicFactory(null);
            if (welcome != null) {
                setCenter(welcome);
            }
            return;
        }
        if (getCenter() != scroller) {
            setCenter(scroller);
        }
        Document d = doc.document();
        title.setText(d.name());
        String county = d.county() == null ? messages.getString("nav.unknownCounty") : d.county().officialName();
        meta.setText(Messages.format(messages, "doc.details", county,
                messages.getString("doc.kind." + d.kind().id()), d.words(), d.units()));
        if (!sameText) {
            index = new CodePointText(doc.text());
            paragraphStarts = paragraphStarts(doc.text());
            graphics.clear();
            area.replaceText(doc.text());
            area.moveTo(0);
            area.requestFollowCaret();
            repaint();
        } else {
            repaintChanged(before.codings(), doc.codings());
        }
    }

    /** Restyles only the stretches whose codings changed (a coding added, removed, moved or recoded). */
    private void repaintChanged(List<Coding> before, List<Coding> after) {
        java.util.Set<Coding> old = new java.util.HashSet<>(before);
        java.util.Set<Coding> now = new java.util.HashSet<>(after);
        List<int[]> changed = new ArrayList<>();
        for (Coding c : before) {
            if (!now.contains(c)) {
                changed.add(new int[] {c.start(), c.end()});
            }
        }
        for (Coding c : after) {
            if (!old.contains(c)) {
                changed.add(new int[] {c.start(), c.end()});
            }
        }
        Coding selected = vm.selectedCodingProperty().get();
        if (selected != null) {
            changed.add(new int[] {selected.start(), selected.end()});
        }
        if (lastSelected != null) {
            changed.add(new int[] {lastSelected.start(), lastSelected.end()});
        }
        if (changed.size() > 50) {
            repaint();
            return;
        }
        restyle(changed);
    }

    private Coding lastSelected;

    /** The stripe graphics RichTextFX has asked for; dead ones (collected, or their line gone) are dropped. */
    private final List<java.lang.ref.WeakReference<StripeGraphic>> graphics = new ArrayList<>();
    private Stripes stripes;

    /** A paragraph's stripe graphic; it redraws itself when its bars change, without rebuilding the line. */
    private Node stripeGraphic(int paragraph) {
        Stripes current = stripes;
        StripeGraphic g = new StripeGraphic(current == null ? Stripes.MIN_LANES : current.laneCount, paragraph,
                (from, to) -> from < to && to <= area.getLength() ? area.getCharacterBoundsOnScreen(from, to)
                        : java.util.Optional.empty());
        if (current != null) {
            current.fill(g);
        }
        graphics.add(new java.lang.ref.WeakReference<>(g));
        return g;
    }

    /** Sets new stripes and redraws only the live graphics whose bars differ. */
    private void setStripes(Stripes next) {
        stripes = next;
        for (java.util.Iterator<java.lang.ref.WeakReference<StripeGraphic>> it = graphics.iterator(); it.hasNext(); ) {
            StripeGraphic g = it.next().get();
            if (g == null || g.wasShown() && g.getScene() == null) {
                it.remove();
            } else {
                next.fill(g);
            }
        }
    }

    private final List<int[]> pendingRanges = new ArrayList<>();
    private boolean restyleScheduled;

    /** Collects ranges to restyle and does it once, after the current event (a change and its selection). */
    private void restyle(List<int[]> ranges) {
        pendingRanges.addAll(ranges);
        if (!restyleScheduled) {
            restyleScheduled = true;
            javafx.application.Platform.runLater(() -> {
                restyleScheduled = false;
                List<int[]> todo = new ArrayList<>(pendingRanges);
                pendingRanges.clear();
                if (shown != null) {
                    restyleNow(todo);
                }
            });
        }
    }

    private void restyleNow(List<int[]> ranges) {
        Map<Long, Code> codes = codeMap();
        Coding selected = vm.selectedCodingProperty().get();
        setStripes(new Stripes(paragraphStarts, index, shown.codings(), codes, selected));
        for (int[] r : merged(ranges)) {
            int from = index.toChar(Math.max(0, r[0]));
            int to = index.toChar(Math.min(r[1], index.length()));
            if (to > from) {
                area.setStyleSpans(from, spans(shown.text(), index, shown.units(), shown.codings(), codes,
                        selected == null ? -1 : selected.id(), from, to));
            }
        }
        lastSelected = selected;
        afterPaint.run();
    }

    /** The ranges sorted, with overlapping and nearby ones joined: each restyle is a change to the text's model. */
    static List<int[]> merged(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] r : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] <= last[1] + 200) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(new int[] {r[0], r[1]});
            }
        }
        return out;
    }

    private Map<Long, Code> codeMap() {
        Map<Long, Code> codes = new HashMap<>();
        for (Code c : vm.codes()) {
            codes.put(c.id(), c);
        }
        return codes;
    }

    /** Paints codings and speaker labels and rebuilds the stripe margin. */
    void repaint() {
        if (shown == null) {
            return;
        }
        Map<Long, Code> codes = codeMap();
        Coding selected = vm.selectedCodingProperty().get();
        lastSelected = selected;
        setStripes(new Stripes(paragraphStarts, index, shown.codings(), codes, selected));
        area.setStyleSpans(0, spans(shown.text(), index, shown.units(), shown.codings(), codes,
                selected == null ? -1 : selected.id(), 0, shown.text().length()));
        area.setParagraphGraphicFactory(this::stripeGraphic);
        afterPaint.run();
    }

    /** Runs after every repaint (the benchmarks measure with it). */
    public void setAfterPaint(Runnable r) {
        afterPaint = r == null ? () -> { } : r;
    }

    /** Inline CSS per stretch of text: label styles, coding backgrounds, overlap underlines, selection border. */
    static StyleSpans<String> spans(String text, CodePointText index, List<TextUnit> units, List<Coding> codings,
                                    Map<Long, Code> codes, long selectedId, int from, int to) {
        int n = to;
        List<Integer> cuts = new ArrayList<>(List.of(from, to));
        Map<Integer, String> labelStyle = new HashMap<>();
        List<int[]> labels = new ArrayList<>();
        for (TextUnit u : units) {
            if (u.speaker() != null && u.bodyStart() > u.start()) {
                int start = index.toChar(u.start());
                int body = index.toChar(u.bodyStart());
                if (body <= from || start >= to) {
                    continue; // outside the stretch being styled
                }
                int at = text.substring(start, body).indexOf(u.speaker());
                int speakerStart = at < 0 ? start : start + at;
                if (speakerStart > start) {
                    labels.add(new int[] {start, speakerStart, 0});
                }
                labels.add(new int[] {speakerStart, body, 1});
            }
        }
        for (int[] l : labels) {
            cuts.add(l[0]);
            cuts.add(l[1]);
        }
        if (from > 0 || to < text.length()) {
            List<Coding> inside = new ArrayList<>();
            for (Coding c : codings) {
                if (index.toChar(c.start()) < to && index.toChar(c.end()) > from) {
                    inside.add(c);
                }
            }
            codings = inside;
        }
        int[][] ranges = new int[codings.size()][];
        for (int i = 0; i < codings.size(); i++) {
            Coding c = codings.get(i);
            ranges[i] = new int[] {index.toChar(c.start()), index.toChar(c.end())};
            cuts.add(ranges[i][0]);
            cuts.add(ranges[i][1]);
        }
        int[] bounds = cuts.stream().mapToInt(Integer::intValue).filter(x -> x >= from && x <= n).distinct()
                .sorted().toArray();
        StyleSpansBuilder<String> b = new StyleSpansBuilder<>();
        int li = 0;
        labels.sort(Comparator.comparingInt(l -> l[0]));
        Integer[] order = new Integer[codings.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> ranges[i][0]));
        List<Integer> active = new ArrayList<>();
        int next = 0;
        for (int k = 0; k + 1 < bounds.length; k++) {
            int s = bounds[k];
            int e = bounds[k + 1];
            while (li < labels.size() && labels.get(li)[1] <= s) {
                li++;
            }
            StringBuilder css = new StringBuilder();
            if (li < labels.size() && labels.get(li)[0] <= s && s < labels.get(li)[1]) {
                css.append(labels.get(li)[2] == 1 ? "-fx-font-weight: bold; -fx-fill: #12436d;" : "-fx-fill: #8a8a8a;");
            }
            while (next < order.length && ranges[order[next]][0] <= s) {
                active.add(order[next++]);
            }
            active.removeIf(i -> ranges[i][1] <= s);
            if (!active.isEmpty()) {
                int inner = active.get(0);
                for (int i : active) {
                    if (ranges[i][1] - ranges[i][0] < ranges[inner][1] - ranges[inner][0]) {
                        inner = i;
                    }
                }
                Code code = codes.get(codings.get(inner).codeId());
                String color = code == null ? "#999999" : code.color();
                css.append("-rtfx-background-color: ").append(Colors.translucent(color, 0.38)).append(';');
                if (active.size() > 1) {
                    int other = active.get(0) == inner ? active.get(1) : active.get(0);
                    Code oc = codes.get(codings.get(other).codeId());
                    css.append("-rtfx-underline-color: ").append(oc == null ? "#999999" : oc.color())
                            .append("; -rtfx-underline-width: 3;");
                }
                for (int i : active) {
                    if (codings.get(i).id() == selectedId) {
                        css.append("-rtfx-border-stroke-color: #1d1d1d; -rtfx-border-stroke-width: 1;");
                        break;
                    }
                }
            }
            b.add(css.toString(), e - s);
        }
        if (bounds.length < 2) {
            b.add("", 0);
        }
        return b.create();
    }

    /** The code-point offset where each paragraph (line) of a text starts. */
    private static int[] paragraphStarts(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        int[] starts = new int[n];
        int k = 1;
        int codePoint = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isLowSurrogate(ch)) {
                codePoint++;
            }
            if (ch == '\n') {
                starts[k++] = codePoint;
            }
        }
        return starts;
    }

    /**
     * The stripe margin: one lane per overlapping coding, a bar per paragraph it covers. Lanes are assigned over all
     * codings (sorted by start); the bars of a paragraph are made only when its line is on screen.
     */
    private final class Stripes {
        /** Room for three overlapping codings from the start, so the text does not move at the first overlap. */
        private static final int MIN_LANES = 3;
        private final int[] starts;
        private final CodePointText index;
        private final Coding[] sorted;
        private final int[] lanes;
        private final int longest;
        private final Map<Long, Code> codes;
        private final Coding selected;
        private final int laneCount;
        private final Map<Integer, List<StripeGraphic.Bar>> byParagraph = new HashMap<>();

        Stripes(int[] starts, CodePointText index, List<Coding> codings, Map<Long, Code> codes, Coding selected) {
            this.starts = starts;
            this.index = index;
            this.codes = codes;
            this.selected = selected;
            sorted = codings.toArray(new Coding[0]);
            Arrays.sort(sorted, Comparator.comparingInt(Coding::start).thenComparingLong(Coding::id));
            lanes = new int[sorted.length];
            int[] laneEnds = new int[12];
            int used = 0;
            int max = 0;
            for (int i = 0; i < sorted.length; i++) {
                Coding c = sorted[i];
                int lane = 0;
                while (lane < used && laneEnds[lane] > c.start()) {
                    lane++;
                }
                if (lane == laneEnds.length) {
                    lane = laneEnds.length - 1; // more than 12 at once share the last lane
                }
                laneEnds[lane] = Math.max(lane < used ? laneEnds[lane] : 0, c.end());
                used = Math.max(used, lane + 1);
                lanes[i] = lane;
                max = Math.max(max, c.end() - c.start());
            }
            longest = max;
            laneCount = Math.max(MIN_LANES, used);
        }

        /** The bars of one paragraph: the codings that overlap its text, found by binary search on the starts. */
        private List<StripeGraphic.Bar> bars(int paragraph) {
            return byParagraph.computeIfAbsent(paragraph, p -> {
                if (p >= starts.length) {
                    return List.of();
                }
                int from = starts[p];
                int to = p + 1 < starts.length ? starts[p + 1] : index.length() + 1;
                List<StripeGraphic.Bar> out = new ArrayList<>();
                for (int i = firstStartingAtOrAfter(from - longest); i < sorted.length && sorted[i].start() < to; i++) {
                    Coding c = sorted[i];
                    int end = p + 1 < starts.length ? starts[p + 1] - 1 : index.length(); // without the line break
                    int a = Math.max(c.start(), from);
                    int z = Math.min(c.end(), end);
                    if (z > a) {
                        out.add(bar(c, lanes[i], index.toChar(a), index.toChar(z)));
                    }
                }
                return out;
            });
        }

        private int firstStartingAtOrAfter(int position) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid].start() < position) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private StripeGraphic.Bar bar(Coding c, int lane, int from, int to) {
            Code code = codes.get(c.codeId());
            return new StripeGraphic.Bar(c.id(), lane, code == null ? "#999999" : code.color(),
                    code == null ? "" : code.name(), selected != null && selected.id() == c.id(), from, to, () -> {
                        vm.selectedCodingProperty().set(c);
                        area.selectRange(index.toChar(c.start()), index.toChar(c.end()));
                    });
        }

        void fill(StripeGraphic g) {
            g.show(laneCount, bars(g.paragraph()));
        }
    }
}
