package se.dialogcoder.ui.analysis;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.DoubleFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import se.dialogcoder.model.County;

/**
 * A tile map of Sweden: one tile per county, placed roughly where the county lies (Norrbotten top right, Skåne at
 * the bottom), labelled with its short name and value and coloured on the {@link Heat} scale, with a legend.
 */
final class CountyTileMap extends VBox {
    static final double TILE_W = 128;
    static final double TILE_H = 47;
    static final double GAP = 5;
    /** A tile's place on the grid. */
    record Cell(int column, int row) {
    }

    /** Grid positions of the tiles, north to south. */
    static final Map<County, Cell> POSITION = positions();

    private static Map<County, Cell> positions() {
        Map<County, Cell> p = new EnumMap<>(County.class);
        p.put(County.NORRBOTTEN, new Cell(3, 0));
        p.put(County.VASTERBOTTEN, new Cell(2, 1));
        p.put(County.JAMTLAND, new Cell(1, 2));
        p.put(County.VASTERNORRLAND, new Cell(2, 2));
        p.put(County.DALARNA, new Cell(1, 3));
        p.put(County.GAVLEBORG, new Cell(2, 3));
        p.put(County.VARMLAND, new Cell(0, 4));
        p.put(County.OREBRO, new Cell(1, 4));
        p.put(County.VASTMANLAND, new Cell(2, 4));
        p.put(County.UPPSALA, new Cell(3, 4));
        p.put(County.VASTRA_GOTALAND, new Cell(0, 5));
        p.put(County.OSTERGOTLAND, new Cell(1, 5));
        p.put(County.SODERMANLAND, new Cell(2, 5));
        p.put(County.STOCKHOLM, new Cell(3, 5));
        p.put(County.HALLAND, new Cell(0, 6));
        p.put(County.JONKOPING, new Cell(1, 6));
        p.put(County.KALMAR, new Cell(2, 6));
        p.put(County.GOTLAND, new Cell(3, 6));
        p.put(County.KRONOBERG, new Cell(1, 7));
        p.put(County.BLEKINGE, new Cell(2, 7));
        p.put(County.SKANE, new Cell(1, 8));
        return java.util.Collections.unmodifiableMap(p);
    }

    private final Label title = new Label();
    private final Pane tiles = new Pane();
    private final Label legendMin = new Label("0");
    private final Label legendMax = new Label();
    private final Map<County, Region> tileOf = new EnumMap<>(County.class);

    CountyTileMap() {
        getStyleClass().add("tile-map");
        setSpacing(8);
        setPadding(new Insets(10));
        setAlignment(Pos.TOP_CENTER);
        setStyle("-fx-background-color: white;");
        title.getStyleClass().add("chart-heading");
        tiles.setPrefSize(4 * (TILE_W + GAP), 9 * (TILE_H + GAP));
        tiles.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        tiles.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Region bar = new Region();
        bar.setPrefSize(180, 12);
        bar.setStyle("-fx-background-color: " + Heat.gradient() + "; -fx-border-color: #999; -fx-border-width: 0.5;");
        Region zero = new Region();
        zero.setPrefSize(14, 12);
        zero.setStyle("-fx-background-color: white; -fx-border-color: #999; -fx-border-width: 0.5;");
        HBox legend = new HBox(6, zero, legendMin, bar, legendMax);
        legend.setAlignment(Pos.CENTER);
        legend.setId("mapLegend");
        getChildren().addAll(title, tiles, legend);
        for (County c : County.values()) {
            Cell p = POSITION.get(c);
            Label name = new Label(c.shortName());
            name.setMaxWidth(TILE_W - 6);
            name.setAlignment(Pos.CENTER);
            name.getStyleClass().add("tile-name");
            Label value = new Label();
            value.getStyleClass().add("tile-value");
            VBox tile = new VBox(0, name, value);
            tile.setAlignment(Pos.CENTER);
            tile.getStyleClass().add("county-tile");
            tile.setId("tile-" + c.code());
            tile.setPrefSize(TILE_W, TILE_H);
            tile.setMinSize(TILE_W, TILE_H);
            tile.setMaxSize(TILE_W, TILE_H);
            tile.relocate(p.column() * (TILE_W + GAP), p.row() * (TILE_H + GAP));
            Tooltip.install(tile, new Tooltip(c.officialName() + " (" + c.code() + ")"));
            tiles.getChildren().add(tile);
            tileOf.put(c, tile);
        }
    }

    /** Colours the tiles by value and writes the values with {@code format}. */
    void show(String heading, Map<County, Double> values, DoubleFunction<String> format) {
        title.setText(heading);
        double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        legendMax.setText(format.apply(max));
        legendMin.setText(format.apply(0));
        for (County c : County.values()) {
            double v = values.getOrDefault(c, 0.0);
            Color bg = Heat.color(v, max);
            VBox tile = (VBox) tileOf.get(c);
            tile.setStyle("-fx-background-color: " + Heat.hex(bg) + "; -fx-background-radius: 4; "
                    + "-fx-border-color: #8c96a0; -fx-border-radius: 4; -fx-border-width: 0.75;");
            String text = Heat.hex(Heat.text(bg));
            Label name = (Label) tile.getChildren().get(0);
            Label value = (Label) tile.getChildren().get(1);
            name.setStyle("-fx-text-fill: " + text + ";");
            value.setStyle("-fx-text-fill: " + text + "; -fx-font-weight: bold;");
            value.setText(format.apply(v));
        }
    }

    /** The tile of a county (for tests). */
    Region tile(County c) {
        return tileOf.get(c);
    }
}
