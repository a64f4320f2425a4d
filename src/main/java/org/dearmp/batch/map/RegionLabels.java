package org.dearmp.batch.map;

import java.awt.font.FontRenderContext;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dearmp.batch.map.HexMapPicture.Caption;
import org.dearmp.batch.map.HexMapPicture.Cell;
import org.dearmp.batch.map.HexMapPicture.Role;
import org.dearmp.i18n.Messages;

/**
 * Names the nations and English regions on the map, each where its name fits best over its own hexagons:
 * of the region's hexagons, the one under the middle of a name box covering as many of the region's own
 * hexagons and as few of its neighbours' as can be, the nearest the region's middle when several do as well
 * (the South East wraps round London, so its middle is not on it), and over no seat the map picks out
 * when it can be kept off them.
 */
final class RegionLabels {
    private static final float SIZE = 11;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private RegionLabels() {
    }

    static List<Caption> place(List<Cell> cells) {
        Map<String, List<Cell>> regions = new LinkedHashMap<>();
        for (Cell cell : cells) {
            if (!cell.region().isEmpty()) {
                regions.computeIfAbsent(cell.region(), r -> new ArrayList<>()).add(cell);
            }
        }
        List<Caption> labels = new ArrayList<>();
        regions.forEach((region, own) -> {
            String key = "batch.map.region." + region;
            if (Messages.bundle().containsKey(key)) {
                String name = Messages.get(key);
                Point2D at = bestPlace(own, cells, size(name));
                labels.add(new Caption(name, at.getX(), at.getY(), SIZE, Role.REGION));
            }
        });
        return labels;
    }

    private static Point2D bestPlace(List<Cell> own, List<Cell> all, Rectangle2D size) {
        double mx = own.stream().mapToDouble(c -> c.centre().getX()).average().orElse(0);
        double my = own.stream().mapToDouble(c -> c.centre().getY()).average().orElse(0);
        Point2D best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        String region = own.get(0).region();
        for (Cell candidate : own) {
            Rectangle2D box = new Rectangle2D.Double(candidate.centre().getX() - size.getWidth() / 2,
                    candidate.centre().getY() - size.getHeight() / 2, size.getWidth(), size.getHeight());
            int mine = 0;
            int others = 0;
            int hidden = 0;
            for (Cell cell : all) {
                if (box.contains(cell.centre())) {
                    if (!cell.colour().equals(LetterShades.NONE)) {
                        hidden++;
                    }
                    if (cell.region().equals(region)) {
                        mine++;
                    } else {
                        others++;
                    }
                }
            }
            // A name over a seat the map picks out (letters, a reply) would hide what the map is for.
            double score = mine - 3.0 * others - 5.0 * hidden - candidate.centre().distance(mx, my) / 1000;
            if (score > bestScore) {
                bestScore = score;
                best = candidate.centre();
            }
        }
        return best;
    }

    private static Rectangle2D size(String name) {
        return HexMapPainter.font(new Caption(name, 0, 0, SIZE, Role.REGION)).getStringBounds(name, CONTEXT);
    }
}
