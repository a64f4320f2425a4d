package org.dearmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no display, the app points to --help without a path to a jar that may not be how it was started. */
class NoDisplayMessageTest {
    @Test
    void theNoDisplayMessageNamesNoJarPath() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Launcher.startDesktop(Map.of(), "Linux", null, () -> { }, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String err = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isNotZero();
        assertThat(err).contains("run it with --help to see the command-line jobs").doesNotContain("java -jar")
                .doesNotContain("dear-mp.jar");
    }
}
