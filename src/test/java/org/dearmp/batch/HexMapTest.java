package org.dearmp.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class HexMapTest {

    @Test
    void drawsAllSixHundredAndFiftySeatsAndShadesTheReachedOnes() throws IOException {
        HexMap map = HexMap.bundled();
        assertThat(map.size()).isEqualTo(650);
        // Aldershot gets many letters, Ynys Môn one; nothing else.
        byte[] png = map.renderPng(Map.of("E14001063", 40, "W07000112", 1), "Letters by constituency");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThan(400);
        int unreached = 0;
        int dark = 0;
        int light = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth() - 170; x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (rgb == 0xE4E4E4) {
                    unreached++;
                } else if (rgb == 0x005A4E) {
                    dark++;
                } else if (rgb == 0xB9E3DC) {
                    light++;
                }
            }
        }
        assertThat(unreached).isGreaterThan(100 * 648);
        assertThat(dark).isBetween(100, 400);
        assertThat(light).isBetween(100, 400);
        Path out = Path.of("target/hexmap-sample.png");
        Files.write(out, png);
    }
}
