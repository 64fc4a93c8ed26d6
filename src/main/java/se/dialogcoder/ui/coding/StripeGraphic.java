package se.dialogcoder.ui.coding;

import java.util.List;
import java.util.Objects;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The coding stripes beside one paragraph: a thin bar per coding, in fixed lanes, as tall as the paragraph.
 * It redraws only when its bars really change, and creates a bar's tooltip only when the pointer first rests on it.
 */
final class StripeGraphic extends Region {
    static final double LANE = 7;

    /** One coding's bar: its lane, colour, code name, whether it is the selected coding, and what a click does. */
    record Bar(long codingId, int lane, String color, String name, boolean selected, Runnable onClick) {
        /** Same look (the click action is not compared). */
        boolean looksLike(Bar other) {
            return codingId == other.codingId && lane == other.lane && selected == other.selected
                    && color.equals(other.color) && name.equals(other.name);
        }
    }

    private final int paragraph;
    private int lanes;
    private List<Bar> bars = List.of();
    private boolean shown;

    StripeGraphic(int lanes, int paragraph) {
        this.paragraph = paragraph;
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
        return lanes * LANE + 8;
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
        double h = Math.max(getHeight(), 18);
        for (Node n : getChildren()) {
            int lane = ((Bar) n.getUserData()).lane();
            ((Region) n).resizeRelocate(4 + lane * LANE, 2, LANE - 2, h - 4);
        }
    }

    @Override
    public String toString() {
        return "StripeGraphic[" + paragraph + ", " + bars.size() + " bars, " + Objects.toString(lanes) + " lanes]";
    }
}
