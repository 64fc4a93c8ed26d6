package se.dialogcoder.ui.coding;

import java.util.List;
import java.util.Objects;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The coding stripes beside one paragraph: a thin bar per coding, in fixed lanes, beside exactly the lines of the
 * paragraph the coding covers. The margin has one width whatever the overlaps (more lanes than fit get narrower), so
 * the text never re-wraps. It redraws only when its bars really change, and creates a bar's tooltip only when the
 * pointer first rests on it.
 */
final class StripeGraphic extends Region {
    static final double LANE = 7;
    /** The lanes the margin has room for at full width; more overlapping codings share that room. */
    static final int ROOM = 5;

    /** Where a range of the text (UTF-16 indices) is on the screen, if its lines are shown. */
    interface Locator {
        java.util.Optional<javafx.geometry.Bounds> onScreen(int from, int to);
    }

    /**
     * One coding's bar: its lane, colour, tooltip text, whether it is the selected coding, the part of this
     * paragraph it covers (UTF-16 indices of the text) and what a click does.
     */
    record Bar(long codingId, int lane, String color, String name, boolean selected, int from, int to,
               Runnable onClick) {
        /** Same look (the click action is not compared). */
        boolean looksLike(Bar other) {
            return codingId == other.codingId && lane == other.lane && selected == other.selected
                    && color.equals(other.color) && name.equals(other.name) && from == other.from && to == other.to;
        }
    }

    private final int paragraph;
    private final Locator locator;
    private boolean recheckScheduled;
    private int lanes;
    private List<Bar> bars = List.of();
    private boolean shown;

    StripeGraphic(int lanes, int paragraph, Locator locator) {
        this.paragraph = paragraph;
        this.locator = locator;
        getStyleClass().add("stripe-margin");
        setLanes(lanes);
        sceneProperty().addListener((obs, o, scene) -> shown |= scene != null);
    }

    int paragraph() {
        return paragraph;
    }

    /** True once the graphic has been in a scene (a graphic out of the scene after that is gone for good). */
    boolean wasShown() {
        return shown;
    }

    /** Shows these bars in a margin of {@code laneCount} lanes; does nothing when that is what it shows already. */
    void show(int laneCount, List<Bar> next) {
        setLanes(laneCount);
        if (same(bars, next)) {
            bars = next; // keep the newest click actions
            for (int i = 0; i < next.size(); i++) {
                getChildren().get(i).setUserData(next.get(i));
            }
            return;
        }
        bars = next;
        getChildren().clear();
        for (Bar b : next) {
            getChildren().add(bar(b));
        }
    }

    private static boolean same(List<Bar> a, List<Bar> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).looksLike(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private void setLanes(int laneCount) {
        if (laneCount != lanes) {
            lanes = laneCount;
            setMinWidth(width());
            setPrefWidth(width());
            setMaxWidth(width());
        }
    }

    private double width() {
        return ROOM * LANE + 8;
    }

    /** The width of one lane: full while the lanes fit the margin, shared when more overlap. */
    private double laneWidth() {
        return lanes <= ROOM ? LANE : ROOM * LANE / lanes;
    }

    private static Region bar(Bar b) {
        Region bar = new Region();
        bar.getStyleClass().add("stripe");
        bar.setStyle("-fx-background-color: " + b.color() + ";"
                + (b.selected() ? "-fx-border-color: #1d1d1d; -fx-border-width: 1;" : ""));
        bar.setUserData(b);
        bar.setCursor(Cursor.HAND);
        bar.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (!bar.getProperties().containsKey(Tooltip.class)) {
                Tooltip tip = new Tooltip(((Bar) bar.getUserData()).name());
                bar.getProperties().put(Tooltip.class, tip);
                Tooltip.install(bar, tip);
            }
        });
        bar.setOnMouseClicked(e -> {
            ((Bar) bar.getUserData()).onClick().run();
            e.consume();
        });
        return bar;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double[] spans = spans();
        place(spans);
        if (!recheckScheduled && !getChildren().isEmpty()) {
            // the text beside may be laid out after this margin: look again once the pulse is over
            recheckScheduled = true;
            javafx.application.Platform.runLater(() -> {
                recheckScheduled = false;
                if (getScene() != null && !java.util.Arrays.equals(spans, spans())) {
                    requestLayout();
                }
            });
        }
    }

    private void place(double[] spans) {
        double lane = laneWidth();
        for (int i = 0; i < getChildren().size(); i++) {
            Node n = getChildren().get(i);
            Bar b = (Bar) n.getUserData();
            ((Region) n).resizeRelocate(4 + b.lane() * lane, spans[2 * i], Math.max(1, lane - 2),
                    Math.max(2, spans[2 * i + 1] - spans[2 * i]));
        }
    }

    /** Top and bottom of each bar here: the lines its part of the paragraph is on (the whole height if unknown). */
    private double[] spans() {
        double h = Math.max(getHeight(), 18);
        double[] out = new double[2 * getChildren().size()];
        for (int i = 0; i < getChildren().size(); i++) {
            Bar b = (Bar) getChildren().get(i).getUserData();
            out[2 * i] = 0;
            out[2 * i + 1] = h;
            if (locator != null && getScene() != null && b.to() > b.from()) {
                var at = locator.onScreen(b.from(), b.to()).map(this::screenToLocal);
                if (at.isPresent() && at.get() != null) {
                    out[2 * i] = Math.max(0, at.get().getMinY());
                    out[2 * i + 1] = Math.min(h, at.get().getMaxY());
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "StripeGraphic[" + paragraph + ", " + bars.size() + " bars, " + Objects.toString(lanes) + " lanes]";
    }
}
