package org.dearmp.batch.map;

import org.dearmp.testsupport.DataTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dearmp.history.Outcome;
import org.junit.jupiter.api.Test;

/** The response map: a PNG of the hex map's size, each seat written to in its best reply's colour. */
@DataTest
class ResponseMapTest {
    private static final HexMap MAP = HexMap.bundled();
    private static final String YNYS_MON = "W07000112";
    private static final String BOLTON = "E14001111";

    @Test
    void everyLegendLineFitsInThePictureInWelshToo() {
        org.dearmp.i18n.Language was = org.dearmp.i18n.Messages.language();
        try {
            for (org.dearmp.i18n.Language language : org.dearmp.i18n.Language.values()) {
                org.dearmp.i18n.Messages.use(language);
                HexMapPicture picture = ResponseMap.picture(MAP, List.of(YNYS_MON), Map.of(), "Replies");
                for (HexMapPicture.Caption line : picture.captions(HexMapPicture.Role.LEGEND)) {
                    double width = HexMapPainter.font(line).getStringBounds(line.text(),
                            new java.awt.font.FontRenderContext(null, true, true)).getWidth();
                    assertThat(line.x() + width).as(language + ": " + line.text()).isLessThanOrEqualTo(picture.width());
                }
            }
        } finally {
            org.dearmp.i18n.Messages.use(was);
        }
    }

    @Test
    void seatsAreColouredByTheirBestReplyAndTheLegendCountsThem() throws Exception {
        String edinburgh = "S14000078";
        Map<String, Outcome> best = Map.of(edinburgh, Outcome.ANSWERED, YNYS_MON, Outcome.ACKNOWLEDGED);
        List<String> written = List.of(edinburgh, YNYS_MON, BOLTON);

        HexMapPicture picture = ResponseMap.picture(MAP, written, best, "Replies");

        assertThat(colourOf(picture, edinburgh)).isEqualTo(new Color(0x00, 0x9E, 0x73));
        assertThat(colourOf(picture, YNYS_MON)).isEqualTo(new Color(0xE6, 0x9F, 0x00));
        assertThat(colourOf(picture, BOLTON)).isEqualTo(ResponseMap.NO_OUTCOME_YET);
        assertThat(picture.cells().stream().filter(c -> c.colour().equals(LetterShades.NONE))).hasSize(MAP.size() - 3);
        assertThat(picture.legend()).extracting(HexMapPicture.Swatch::seats).containsExactly(MAP.size() - 3, 1, 0, 1, 0, 0, 1);
        assertThat(picture.legend()).extracting(HexMapPicture.Swatch::colour).doesNotHaveDuplicates();
        assertThat(picture.captions(HexMapPicture.Role.SUBTITLE)).extracting(HexMapPicture.Caption::text)
                .containsExactly("2 of 3 seats written to have replied");

        for (HexMapPicture.Caption label : picture.captions(HexMapPicture.Role.REGION)) {
            java.awt.geom.Rectangle2D size = HexMapPainter.font(label).getStringBounds(label.text(),
                    new java.awt.font.FontRenderContext(null, true, true));
            java.awt.geom.Rectangle2D box = new java.awt.geom.Rectangle2D.Double(label.x() - size.getWidth() / 2,
                    label.y() - size.getHeight() / 2, size.getWidth(), size.getHeight());
            for (String code : written) {
                assertThat(box.contains(cell(picture, code).centre())).as(label.text() + " hides " + code).isFalse();
            }
        }

        byte[] png = ResponseMap.renderPng(MAP, written, best, "Replies");
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(picture.width());
        assertThat(image.getHeight()).isEqualTo(picture.height());
        BufferedImage lettersMap = MAP.render(Map.of(edinburgh, 1), "Letters");
        // The same map as the batch's, wider only by what its longer legend lines need.
        assertThat(image.getWidth()).as("the same map as the batch's").isBetween(lettersMap.getWidth(),
                lettersMap.getWidth() + 40);
        assertThat(image.getHeight()).isEqualTo(lettersMap.getHeight());
        HexMapPicture.Cell mon = cell(picture, YNYS_MON);
        assertThat(new Color(image.getRGB((int) mon.centre().getX(), (int) mon.centre().getY())))
                .isEqualTo(new Color(0xE6, 0x9F, 0x00));
    }

    private static Color colourOf(HexMapPicture picture, String code) {
        return cell(picture, code).colour();
    }

    private static HexMapPicture.Cell cell(HexMapPicture picture, String code) {
        return picture.cells().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
