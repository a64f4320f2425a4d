package org.dearmp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.dearmp.testsupport.AcceptanceTestBase;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A saved file the app cannot read is set aside, and the window says so once, at the start that found it. */
class SetAsideAtStartAcceptanceTest extends AcceptanceTestBase {

    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    @Test
    void damagedSavedFilesAreSaidOnceAtStartInOneDialogAndNotAgain() throws Exception {
        Path settings = Files.createDirectories(home.resolve("data")).resolve("settings.json");
        Files.writeString(settings, "{ \"sender\": ");
        Path organisation = Files.createDirectories(home.resolve("data/templates")).resolve("organisation.json");
        Files.writeString(organisation, "{{");
        start();
        waitUntil(() -> showing("#damaged-dialog"));
        String said = robot.lookup("#damaged-dialog .label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "\n" + b)
                + robot.lookup("#damaged-message").tryQuery().map(Object::toString).orElse("");
        assertThat(said).contains("could not read 2 files").contains("settings.json.damaged-")
                .contains("organisation.json.damaged-").doesNotContain("Exception");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(settings).doesNotExist();
        assertThat(organisation).doesNotExist();
        try (var files = Files.list(home.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("settings.json.damaged-")))
                    .singleElement().satisfies(n -> assertThat(home.resolve("data").resolve(n))
                            .hasContent("{ \"sender\": "));
        }

        running.stop();
        start();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing("#damaged-dialog")).as("said once: the next start has nothing to say").isFalse();
    }
}
