package org.dearmp.batch.map;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dearmp.batch.map.HexMapPicture.Role;
import org.dearmp.i18n.Messages;
import org.dearmp.store.Mappers;
import tools.jackson.databind.JsonNode;

/**
 * The hex cartogram of the 650 constituencies (Open Innovations, HexJSON, odd-r layout), drawn with the
 * constituencies a batch reached shaded by how many letters each gets ({@link LetterShades}), a legend with
 * the number of seats in each shade, the names of the nations and regions, and the layout's credit. Pure
 * java.awt on a {@link BufferedImage}, so it works headless, on the command line as in the app.
 */
public final class HexMap {

    private static final String RESOURCE = "/org/dearmp/data/constituencies.hexjson";
    private static final double SIDE = 9;
    private static final int MARGIN = 16;
    private static final int HEADER = 48;
    private static final int LEGEND_WIDTH = 230;
    private static final int FOOTER = 26;

    /** One hexagon: column q and row r, where larger r is further north. */
    record Hex(String code, String name, String region, int q, int r) {
    }

    private final Map<String, Hex> hexes;

    private HexMap(Map<String, Hex> hexes) {
        this.hexes = hexes;
    }

    /** The map bundled with the app (built from ../shared/data/maps). */
    public static HexMap bundled() {
        try (InputStream in = HexMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The constituency map is missing from the app: " + RESOURCE);
            }
            JsonNode root = Mappers.json().readTree(in);
            if (!"odd-r".equals(root.path("layout").asString())) {
                throw new IllegalStateException("Expected an odd-r HexJSON layout, found " + root.path("layout"));
            }
            Map<String, Hex> hexes = new LinkedHashMap<>();
            JsonNode all = root.path("hexes");
            for (String code : all.propertyNames()) {
                JsonNode hex = all.get(code);
                hexes.put(code, new Hex(code, hex.path("n").asString(), hex.path("region").asString(""),
                        hex.path("q").asInt(), hex.path("r").asInt()));
            }
            return new HexMap(hexes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return hexes.size();
    }

    public boolean contains(String code) {
        return hexes.containsKey(code);
    }

    /** Draws the map with each constituency's letter count; returns PNG bytes. */
    public byte[] renderPng(Map<String, Integer> lettersByConstituency, String title) {
        return png(render(lettersByConstituency, title));
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    BufferedImage render(Map<String, Integer> lettersByConstituency, String title) {
        return HexMapPainter.paint(picture(lettersByConstituency, title));
    }

    /** Everything the map shows, and where. */
    HexMapPicture picture(Map<String, Integer> lettersByConstituency, String title) {
        Map<String, Integer> letters = new LinkedHashMap<>();
        lettersByConstituency.forEach((code, n) -> {
            if (hexes.containsKey(code) && n != null && n > 0) {
                letters.put(code, n);
            }
        });
        int max = letters.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        LetterShades shades = LetterShades.upTo(max);
        List<Shade> legend = new ArrayList<>();
        legend.add(new Shade(LetterShades.NONE, Messages.get("batch.map.legendNone"), hexes.size() - letters.size()));
        for (LetterShades.Step step : shades.steps()) {
            legend.add(new Shade(step.colour(), step.label(),
                    (int) letters.values().stream().filter(step::holds).count()));
        }
        return layout(code -> shades.colour(letters.getOrDefault(code, 0)), letters, title,
                Messages.get("batch.map.reached", letters.size(), hexes.size()),
                Messages.get("batch.map.legendHeading"), legend);
    }

    /** One legend row: a colour, what it means and how many seats have it. */
    public record Shade(Color colour, String label, int seats) {
    }

    /** Seat codes on the map, for a caller that counts its own legend. */
    public java.util.Set<String> codes() {
        return java.util.Collections.unmodifiableSet(hexes.keySet());
    }

    HexMapPicture layout(java.util.function.Function<String, Color> colourOf, Map<String, Integer> letters,
                         String title, String subtitle, String legendHeading, List<Shade> shades) {
        double width = Math.sqrt(3) * SIDE;
        double rowHeight = 1.5 * SIDE;
        int minQ = hexes.values().stream().mapToInt(Hex::q).min().orElse(0);
        int maxQ = hexes.values().stream().mapToInt(Hex::q).max().orElse(0);
        int minR = hexes.values().stream().mapToInt(Hex::r).min().orElse(0);
        int maxR = hexes.values().stream().mapToInt(Hex::r).max().orElse(0);
        int mapWidth = (int) Math.ceil((maxQ - minQ + 1.5) * width);
        int mapHeight = (int) Math.ceil((maxR - minR) * rowHeight + 2 * SIDE);

        List<HexMapPicture.Cell> cells = new ArrayList<>();
        for (Hex hex : hexes.values()) {
            // odd-r: odd rows sit half a hexagon to the right; north (larger r) is drawn at the top.
            double cx = MARGIN + (hex.q() - minQ) * width + (Math.floorMod(hex.r(), 2) == 1 ? width / 2 : 0) + width / 2;
            double cy = MARGIN + HEADER + (maxR - hex.r()) * rowHeight + SIDE;
            cells.add(new HexMapPicture.Cell(hex.code(), hex.region(), new Point2D.Double(cx, cy),
                    colourOf.apply(hex.code()), letters.getOrDefault(hex.code(), 0)));
        }

        List<HexMapPicture.Caption> captions = new ArrayList<>();
        captions.add(new HexMapPicture.Caption(title, MARGIN, MARGIN + 18, 16, Role.TITLE));
        captions.add(new HexMapPicture.Caption(subtitle, MARGIN, MARGIN + 38, 12, Role.SUBTITLE));
        captions.addAll(RegionLabels.place(cells));

        List<HexMapPicture.Swatch> legend = new ArrayList<>();
        double x = MARGIN + mapWidth + 16;
        double y = MARGIN + HEADER + 10;
        captions.add(new HexMapPicture.Caption(legendHeading, x, y, 12, Role.LEGEND));
        y -= 6;
        for (Shade shade : shades) {
            y += 24;
            legend.add(swatch(x, y, shade.colour(), shade.label(), shade.seats(), captions));
        }
        int height = MARGIN + HEADER + mapHeight + FOOTER + MARGIN;
        captions.add(new HexMapPicture.Caption(Messages.get("batch.map.credit"), MARGIN, height - MARGIN - 4, 11,
                Role.CREDIT));
        return new HexMapPicture(mapWidth + 2 * MARGIN + 16 + legendWidth(captions, x), height, SIDE, cells, legend,
                captions);
    }

    /** As wide as the legend's longest line needs (Welsh runs longer than English), and never narrower than before. */
    private static int legendWidth(List<HexMapPicture.Caption> captions, double legendX) {
        java.awt.font.FontRenderContext context = new java.awt.font.FontRenderContext(null, true, true);
        double widest = 0;
        for (HexMapPicture.Caption caption : captions) {
            if (caption.role() == Role.LEGEND) {
                double width = HexMapPainter.font(caption).getStringBounds(caption.text(), context).getWidth();
                widest = Math.max(widest, caption.x() - legendX + width);
            }
        }
        return Math.max(LEGEND_WIDTH, (int) Math.ceil(widest) + 8);
    }

    private static HexMapPicture.Swatch swatch(double x, double y, Color colour, String label, int seats,
                                               List<HexMapPicture.Caption> captions) {
        String text = Messages.get("batch.map.legendRow", label, seats);
        captions.add(new HexMapPicture.Caption(text, x + 16, y + 4, 12, Role.LEGEND));
        return new HexMapPicture.Swatch(x + 6, y, colour, text, seats);
    }
}
