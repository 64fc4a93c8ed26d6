package se.dialogcoder.ui;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** The coding stripes beside one paragraph: a thin bar per coding, in fixed lanes, as tall as the paragraph. */
final class StripeGraphic extends Region {
    static final double LANE = 7;
    private int lanes;

    StripeGraphic(int lanes) {
        getStyleClass().add("stripe-margin");
        reset(lanes);
    }

    /** Removes the bars and sets the number of lanes (the width). */
    void reset(int laneCount) {
        getChildren().clear();
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

    void addBar(int lane, String color, String name, boolean selected, Runnable onClick) {
        Region bar = new Region();
        bar.getStyleClass().add("stripe");
        bar.setStyle("-fx-background-color: " + color + ";"
                + (selected ? "-fx-border-color: #1d1d1d; -fx-border-width: 1;" : ""));
        bar.setUserData(lane);
        bar.setCursor(Cursor.HAND);
        Tooltip.install(bar, new Tooltip(name));
        bar.setOnMouseClicked(e -> {
            onClick.run();
            e.consume();
        });
        getChildren().add(bar);
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double h = Math.max(getHeight(), 18);
        for (Node n : getChildren()) {
            int lane = (Integer) n.getUserData();
            ((Region) n).resizeRelocate(4 + lane * LANE, 2, LANE - 2, h - 4);
        }
    }
}
