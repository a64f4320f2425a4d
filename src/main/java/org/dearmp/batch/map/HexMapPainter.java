package org.dearmp.batch.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.dearmp.batch.map.HexMapPicture.Caption;
import org.dearmp.batch.map.HexMapPicture.Cell;
import org.dearmp.batch.map.HexMapPicture.Role;
import org.dearmp.batch.map.HexMapPicture.Swatch;

/** Draws a {@link HexMapPicture} with java.awt on a {@link BufferedImage}: headless, as on the command line. */
final class HexMapPainter {
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color OUTLINE = Color.WHITE;
    private static final Color SWATCH_OUTLINE = new Color(0x75, 0x75, 0x75);
    private static final Color BORDER = new Color(0x8C, 0x8C, 0x8C);

    private HexMapPainter() {
    }

    static BufferedImage paint(HexMapPicture picture) {
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setStroke(new BasicStroke(1f));
            for (Cell cell : picture.cells()) {
                Path2D shape = hexagon(cell.centre().getX(), cell.centre().getY(), picture.side());
                g.setColor(cell.colour());
                g.fill(shape);
                g.setColor(OUTLINE);
                g.draw(shape);
            }
            drawRegionBorders(g, picture);
            for (Swatch swatch : picture.legend()) {
                Path2D shape = hexagon(swatch.x(), swatch.y(), picture.side());
                g.setColor(swatch.colour());
                g.fill(shape);
                g.setColor(SWATCH_OUTLINE);
                g.draw(shape);
            }
            for (Caption caption : picture.captions()) {
                draw(g, caption);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * A grey line on each edge between hexagons of two regions, so a reader sees what each region's name
     * covers. Neighbours are the hexagons one hexagon width apart; their shared edge crosses the middle.
     */
    private static void drawRegionBorders(Graphics2D g, HexMapPicture picture) {
        double width = Math.sqrt(3) * picture.side();
        g.setColor(BORDER);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        List<Cell> cells = picture.cells();
        for (int i = 0; i < cells.size(); i++) {
            Cell a = cells.get(i);
            for (int j = i + 1; j < cells.size(); j++) {
                Cell b = cells.get(j);
                double dx = b.centre().getX() - a.centre().getX();
                double dy = b.centre().getY() - a.centre().getY();
                double distance = Math.hypot(dx, dy);
                if (a.region().equals(b.region()) || Math.abs(distance - width) > 0.5) {
                    continue;
                }
                double mx = (a.centre().getX() + b.centre().getX()) / 2;
                double my = (a.centre().getY() + b.centre().getY()) / 2;
                double px = -dy / distance * picture.side() / 2;
                double py = dx / distance * picture.side() / 2;
                g.draw(new Line2D.Double(mx - px, my - py, mx + px, my + py));
            }
        }
        g.setStroke(new BasicStroke(1f));
    }

    /** A region name is centred and has a white halo, so it reads over light and dark hexagons alike. */
    private static void draw(Graphics2D g, Caption caption) {
        Font font = font(caption);
        g.setFont(font);
        g.setColor(TEXT);
        if (caption.role() != Role.REGION) {
            g.drawString(caption.text(), (float) caption.x(), (float) caption.y());
            return;
        }
        FontRenderContext context = g.getFontRenderContext();
        TextLayout layout = new TextLayout(caption.text(), font, context);
        Rectangle2D bounds = layout.getBounds();
        double x = caption.x() - bounds.getWidth() / 2 - bounds.getX();
        double y = caption.y() + bounds.getHeight() / 2 - (bounds.getHeight() + bounds.getY());
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Color.WHITE);
        g.draw(outline);
        g.setColor(TEXT);
        g.fill(outline);
        g.setStroke(new BasicStroke(1f));
    }

    static Font font(Caption caption) {
        int style = caption.role() == Role.TITLE || caption.role() == Role.REGION ? Font.BOLD : Font.PLAIN;
        return new Font(Font.SANS_SERIF, style, Math.round(caption.size()));
    }

    static Path2D hexagon(double cx, double cy, double side) {
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
