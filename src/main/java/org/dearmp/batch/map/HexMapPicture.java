package org.dearmp.batch.map;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.util.List;

/**
 * What the constituency map draws, worked out before any pixel is: each hexagon with its colour, the texts
 * (title, region names, legend, credit) and where they go, the legend's swatches. {@link HexMapPainter} draws
 * exactly this, so tests can check what a reader is shown without reading pixels back as text.
 */
record HexMapPicture(int width, int height, double side, List<Cell> cells, List<Swatch> legend,
                     List<Caption> captions) {
    HexMapPicture {
        cells = List.copyOf(cells);
        legend = List.copyOf(legend);
        captions = List.copyOf(captions);
    }

    /** One constituency's hexagon, centred at {@code centre}. */
    record Cell(String code, String region, Point2D centre, Color colour, int letters) {
    }

    /** One legend row: a hexagon of {@code colour} centred at (x, y), and what it means. */
    record Swatch(double x, double y, Color colour, String label, int seats) {
    }

    enum Role { TITLE, SUBTITLE, REGION, LEGEND, CREDIT }

    /**
     * A text; (x, y) is where its baseline starts, or its centre for a region name.
     *
     * @param size font size in pixels
     */
    record Caption(String text, double x, double y, float size, Role role) {
    }

    List<Caption> captions(Role role) {
        return captions.stream().filter(c -> c.role() == role).toList();
    }
}
