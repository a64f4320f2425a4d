package org.dearmp.batch;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dearmp.i18n.Messages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hex cartogram of the 650 constituencies (Open Innovations, HexJSON, odd-r layout), drawn
 * with the constituencies a batch reached shaded by how many letters each gets. Pure java.awt on
 * a {@link BufferedImage}, so it works headless, on the command line as in the app.
 */
public final class HexMap {

    private static final String RESOURCE = "/org/dearmp/data/constituencies.hexjson";
    private static final Color UNREACHED = new Color(0xE4, 0xE4, 0xE4);
    private static final Color OUTLINE = Color.WHITE;
    private static final Color LIGHT = new Color(0xB9, 0xE3, 0xDC);
    private static final Color DARK = new Color(0x00, 0x5A, 0x4E);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);

    /** One hexagon: column q and row r, where larger r is further north. */
    record Hex(String code, String name, int q, int r) {
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
            JsonNode root = JsonMapper.shared().readTree(in);
            if (!"odd-r".equals(root.path("layout").asString())) {
                throw new IllegalStateException("Expected an odd-r HexJSON layout, found " + root.path("layout"));
            }
            Map<String, Hex> hexes = new LinkedHashMap<>();
            JsonNode all = root.path("hexes");
            for (String code : all.propertyNames()) {
                JsonNode hex = all.get(code);
                hexes.put(code, new Hex(code, hex.path("n").asString(), hex.path("q").asInt(), hex.path("r").asInt()));
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
        BufferedImage image = render(lettersByConstituency, title);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    BufferedImage render(Map<String, Integer> lettersByConstituency, String title) {
        double side = 9;
        double width = Math.sqrt(3) * side;
        double rowHeight = 1.5 * side;
        int minQ = hexes.values().stream().mapToInt(Hex::q).min().orElse(0);
        int maxQ = hexes.values().stream().mapToInt(Hex::q).max().orElse(0);
        int minR = hexes.values().stream().mapToInt(Hex::r).min().orElse(0);
        int maxR = hexes.values().stream().mapToInt(Hex::r).max().orElse(0);
        int margin = 16;
        int header = 44;
        int legendWidth = 170;
        int mapWidth = (int) Math.ceil((maxQ - minQ + 1.5) * width);
        int mapHeight = (int) Math.ceil((maxR - minR) * rowHeight + 2 * side);
        BufferedImage image = new BufferedImage(mapWidth + 2 * margin + legendWidth, mapHeight + header + 2 * margin,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            int max = lettersByConstituency.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            g.setStroke(new BasicStroke(1f));
            for (Hex hex : hexes.values()) {
                // odd-r: odd rows sit half a hexagon to the right; north (larger r) is drawn at the top.
                double cx = margin + (hex.q() - minQ) * width + (Math.floorMod(hex.r(), 2) == 1 ? width / 2 : 0) + width / 2;
                double cy = margin + header + (maxR - hex.r()) * rowHeight + side;
                Path2D shape = hexagon(cx, cy, side);
                int letters = lettersByConstituency.getOrDefault(hex.code(), 0);
                g.setColor(letters == 0 ? UNREACHED : shade(letters, max));
                g.fill(shape);
                g.setColor(OUTLINE);
                g.draw(shape);
            }
            long reached = lettersByConstituency.entrySet().stream()
                    .filter(e -> e.getValue() > 0 && hexes.containsKey(e.getKey())).count();
            g.setColor(TEXT);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.drawString(title, margin, margin + 18);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString(Messages.get("batch.map.reached", reached, hexes.size()), margin, margin + 36);
            drawLegend(g, margin + mapWidth + 10, margin + header + 10, max);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawLegend(Graphics2D g, int x, int y, int max) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        List<Object[]> rows = max <= 1
                ? List.of(new Object[] {UNREACHED, Messages.get("batch.map.legendNone")},
                          new Object[] {shade(1, Math.max(1, max)), Messages.get("batch.map.legendSome", 1)})
                : List.of(new Object[] {UNREACHED, Messages.get("batch.map.legendNone")},
                          new Object[] {shade(1, max), Messages.get("batch.map.legendSome", 1)},
                          new Object[] {shade(max, max), Messages.get("batch.map.legendSome", max)});
        for (Object[] row : rows) {
            g.setColor((Color) row[0]);
            g.fill(hexagon(x + 8, y + 6, 8));
            g.setColor(TEXT);
            g.drawString((String) row[1], x + 22, y + 11);
            y += 24;
        }
    }

    private static Color shade(int letters, int max) {
        double t = max <= 1 ? 1 : Math.log(letters) / Math.log(max);
        return new Color(mix(LIGHT.getRed(), DARK.getRed(), t), mix(LIGHT.getGreen(), DARK.getGreen(), t),
                mix(LIGHT.getBlue(), DARK.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * Math.max(0, Math.min(1, t)));
    }

    private static Path2D hexagon(double cx, double cy, double side) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < 6; i++) {
            double angle = Math.toRadians(60 * i - 30);
            double px = cx + side * Math.cos(angle);
            double py = cy + side * Math.sin(angle);
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        path.closePath();
        return path;
    }
}
