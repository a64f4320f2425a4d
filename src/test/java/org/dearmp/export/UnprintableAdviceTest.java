package org.dearmp.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UnprintableAdviceTest {
    private static final String SHAKING_FACE = "\uD83E\uDEE8";

    @Test
    void everyPlaceGivesTheSameAdviceWithItsOwnWayOut() {
        for (UnprintableAdvice place : UnprintableAdvice.values()) {
            assertThat(place.text(SHAKING_FACE)).as(place.name())
                    .startsWith("No font on this computer can print " + SHAKING_FACE + ". ")
                    .contains("Say it in words, install a font that has them (Noto, say), or ")
                    .doesNotContain("{", "}");
        }
        assertThat(UnprintableAdvice.COMMAND_LINE.text(SHAKING_FACE)).contains("--format eml");
        assertThat(UnprintableAdvice.BATCH_ROW.text(SHAKING_FACE)).endsWith("skip the row.");
        assertThat(UnprintableAdvice.WRITING.text(SHAKING_FACE)).contains("email keeps them");
    }

    @Test
    void theAdviceIsWrittenOnceInTheMessages() throws IOException {
        String bundle = Files.readString(Path.of("src/main/resources/org/dearmp/messages_en_GB.properties"),
                StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        assertThat(Pattern.compile("no font on this computer").matcher(bundle).results().count()).isEqualTo(1);
        assertThat(Pattern.compile("install a font").matcher(bundle).results().count()).isEqualTo(1);
    }

    @Test
    void theRefusedPdfSaysIt() {
        assertThat(new ExportException.Unprintable(SHAKING_FACE).getMessage())
                .isEqualTo(UnprintableAdvice.PDF.text(SHAKING_FACE));
    }
}
