package org.dearmp.batch.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dearmp.batch.map.HexMapPicture.Caption;
import org.dearmp.batch.map.HexMapPicture.Cell;
import org.dearmp.batch.map.HexMapPicture.Role;
import org.dearmp.batch.map.HexMapPicture.Swatch;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.Pictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DataTest
class HexMapTest {
    private static final HexMap MAP = HexMap.bundled();
    /** Aldershot many letters, Ynys Môn one, a few seats in between. */
    private static final Map<String, Integer> LETTERS = Map.of("E14001063", 40, "W07000112", 1,
            "E14001064", 2, "E14001065", 3, "E14001066", 7, "E14001067", 20);

    @Test
    void drawsAllSixHundredAndFiftySeatsEachInTheColourOfItsLetterCount(@TempDir Path pictures) throws IOException {
        assertThat(MAP.size()).isEqualTo(650);
        HexMapPicture picture = MAP.picture(LETTERS, "Letters by constituency");
        byte[] png = MAP.renderPng(LETTERS, "Letters by constituency");
        Files.write(Pictures.folder(pictures).resolve("hexmap-sample.png"), png);
        BufferedImage image = decode(png);
        assertThat(image.getWidth()).isEqualTo(picture.width()).isGreaterThan(400);
        assertThat(picture.cells()).hasSize(650);
        List<Rectangle2D> labels = picture.captions(Role.REGION).stream().map(HexMapTest::centred).toList();
        for (Cell cell : picture.cells()) {
            if (labels.stream().anyMatch(box -> box.intersects(cell.centre().getX() - 2, cell.centre().getY() - 2, 4,
                    4))) {
                continue; // under a region's name
            }
            assertThat(pixel(image, cell.centre().getX(), cell.centre().getY())).as(cell.code())
                    .isEqualTo(cell.colour().getRGB() & 0xFFFFFF);
        }
        Map<Integer, Color> byLetters = new HashMap<>();
        picture.cells().forEach(c -> byLetters.put(c.letters(), c.colour()));
        assertThat(byLetters.get(0)).isNotEqualTo(byLetters.get(1));
        assertThat(byLetters.get(40)).isNotEqualTo(byLetters.get(7)).isNotEqualTo(byLetters.get(1))
                .isEqualTo(byLetters.get(20));
    }

    @Test
    void theLegendsColoursDifferClearlyInLightnessSoTheyReadInGreyscale() throws IOException {
        for (Map<String, Integer> letters : List.of(LETTERS, Map.of("W07000112", 1), Map.of("W07000112", 1,
                "E14001063", 2), Map.of("E14001063", 400, "E14001064", 1))) {
            HexMapPicture picture = MAP.picture(letters, "Letters");
            BufferedImage image = decode(MAP.renderPng(letters, "Letters"));
            List<Swatch> legend = picture.legend();
            assertThat(legend).hasSizeGreaterThanOrEqualTo(2);
            double[] lightness = legend.stream()
                    .mapToDouble(s -> lightness(new Color(pixel(image, s.x(), s.y())))).toArray();
            for (int i = 0; i < lightness.length; i++) {
                for (int j = i + 1; j < lightness.length; j++) {
                    assertThat(Math.abs(lightness[i] - lightness[j]))
                            .as("%s and %s", legend.get(i).label(), legend.get(j).label()).isGreaterThanOrEqualTo(12);
                }
            }
            // Not reached is the lightest: a seat with any letter is darker.
            assertThat(lightness[0]).isEqualTo(java.util.Arrays.stream(lightness).max().orElseThrow());
        }
    }

    @Test
    void theLegendSaysWhatEachColourMeansWithTheNumberOfSeats() {
        HexMapPicture picture = MAP.picture(LETTERS, "Letters");
        List<Swatch> legend = picture.legend();
        assertThat(legend.stream().mapToInt(Swatch::seats).sum()).isEqualTo(650);
        assertThat(legend.get(0).seats()).isEqualTo(650 - LETTERS.size());
        assertThat(legend.get(0).label()).contains("No letters").contains("644 seats");
        assertThat(legend.get(1).label()).contains("1 letter").contains("1 seat");
        for (Swatch swatch : legend) {
            assertThat(picture.captions(Role.LEGEND)).extracting(Caption::text).contains(swatch.label());
            long drawn = picture.cells().stream().filter(c -> c.colour().equals(swatch.colour())).count();
            assertThat(drawn).as(swatch.label()).isEqualTo(swatch.seats());
        }
    }

    @Test
    void theCreditForTheHexLayoutIsDrawnOnTheImage() throws IOException {
        HexMapPicture picture = MAP.picture(LETTERS, "Letters");
        List<Caption> credit = picture.captions(Role.CREDIT);
        assertThat(credit).extracting(Caption::text).containsExactly("Hex layout: Open Innovations, CC BY 4.0");
        Rectangle2D box = bounds(credit.get(0));
        assertThat(new Rectangle2D.Double(0, 0, picture.width(), picture.height()).contains(box)).isTrue();
        assertThat(picture.cells()).noneMatch(c -> box.contains(c.centre()));
        BufferedImage image = decode(MAP.renderPng(LETTERS, "Letters"));
        assertThat(darkPixels(image, box)).as("text drawn where the credit goes").isGreaterThan(40);
    }

    @Test
    void theNationsAndRegionsAreNamedOverTheirOwnHexagonsWithoutOverlapping() {
        HexMapPicture picture = MAP.picture(LETTERS, "Letters");
        List<Caption> labels = picture.captions(Role.REGION);
        assertThat(labels).extracting(Caption::text).contains("Scotland", "Wales", "Northern Ireland", "London",
                "South East", "North East");
        assertThat(labels).hasSize(12);
        for (Caption label : labels) {
            // The label's middle is on, or next to, a hexagon of its own region.
            Cell nearest = picture.cells().stream().min(java.util.Comparator.comparingDouble(
                    c -> c.centre().distance(label.x(), label.y()))).orElseThrow();
            assertThat(regionName(nearest.region())).as(label.text()).isEqualTo(label.text());
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(centred(labels.get(i)).intersects(centred(labels.get(j))))
                        .as(labels.get(i).text() + " and " + labels.get(j).text()).isFalse();
            }
        }
    }

    @Test
    void aGreyLineRunsBetweenRegionsAndNoneWithinOne() throws IOException {
        HexMapPicture picture = MAP.picture(Map.of(), "Letters");
        BufferedImage image = decode(MAP.renderPng(Map.of(), "Letters"));
        double width = Math.sqrt(3) * picture.side();
        int between = 0;
        int within = 0;
        List<Cell> cells = picture.cells();
        List<Rectangle2D> labels = picture.captions(Role.REGION).stream().map(HexMapTest::centred).toList();
        for (Cell a : cells) {
            for (Cell b : cells) {
                if (a == b || Math.abs(a.centre().distance(b.centre()) - width) > 0.5) {
                    continue;
                }
                double mx = (a.centre().getX() + b.centre().getX()) / 2;
                double my = (a.centre().getY() + b.centre().getY()) / 2;
                if (labels.stream().anyMatch(box -> box.intersects(mx - 3, my - 3, 6, 6))) {
                    continue; // under a region's name
                }
                double l = lightness(new Color(pixel(image, mx, my)));
                if (a.region().equals(b.region())) {
                    assertThat(l).as("within " + a.region()).isGreaterThan(92);
                    within++;
                } else {
                    double darkest = 100;
                    for (int dx = -1; dx <= 1; dx++) {
                        for (int dy = -1; dy <= 1; dy++) {
                            darkest = Math.min(darkest, lightness(new Color(pixel(image, mx + dx, my + dy))));
                        }
                    }
                    assertThat(darkest).as(a.code() + " | " + b.code()).isLessThan(80);
                    between++;
                }
            }
        }
        assertThat(between).isGreaterThan(100);
        assertThat(within).isGreaterThan(1000);
    }

    private static String regionName(String code) {
        return org.dearmp.i18n.Messages.get("batch.map.region." + code);
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int pixel(BufferedImage image, double x, double y) {
        return image.getRGB((int) Math.round(x), (int) Math.round(y)) & 0xFFFFFF;
    }

    private static Rectangle2D bounds(Caption caption) {
        Font font = HexMapPainter.font(caption);
        Rectangle2D r = font.getStringBounds(caption.text(), new FontRenderContext(null, true, true));
        return new Rectangle2D.Double(caption.x() + r.getX(), caption.y() + r.getY(), r.getWidth(), r.getHeight());
    }

    private static Rectangle2D centred(Caption caption) {
        Rectangle2D r = bounds(caption);
        return new Rectangle2D.Double(caption.x() - r.getWidth() / 2, caption.y() - r.getHeight() / 2, r.getWidth(),
                r.getHeight());
    }

    private static int darkPixels(BufferedImage image, Rectangle2D box) {
        int dark = 0;
        for (int y = (int) box.getMinY(); y < box.getMaxY(); y++) {
            for (int x = (int) box.getMinX(); x < box.getMaxX(); x++) {
                if (lightness(new Color(image.getRGB(x, y))) < 50) {
                    dark++;
                }
            }
        }
        return dark;
    }

    /** CIE L*, 0 (black) to 100 (white): how light a colour looks, what greyscale keeps. */
    static double lightness(Color c) {
        double y = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
