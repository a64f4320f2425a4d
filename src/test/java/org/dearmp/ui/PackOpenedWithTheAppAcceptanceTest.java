package org.dearmp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.dearmp.app.AppContext;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.pack.PackLimits;
import org.dearmp.template.pack.PackedTemplate;
import org.dearmp.template.pack.TemplatePackWriter;
import org.dearmp.template.user.UserTemplate;
import org.dearmp.testsupport.AcceptanceApp;
import org.dearmp.testsupport.AcceptanceTestBase;
import org.dearmp.ui.shell.DearMpApp;
import org.dearmp.ui.templateeditor.TemplateItem;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: double-clicking a {@code .dearmp} pack starts Dear MP with the pack's path; once loaded the app
 * opens the Templates window and asks what its own Import asks, and the pack's templates come in when the
 * user says so.
 */
class PackOpenedWithTheAppAcceptanceTest extends AcceptanceTestBase {

    /** A campaign group's own copy of a bundled template, shared as a pack from their Dear MP. */
    private String sharedTemplate(Path pack) {
        AppContext sender = AppContext.forFolder(new AppDataFolder(home.resolve("sender")), Clock.systemUTC());
        UserTemplate copy = sender.templates().user().duplicate(sender.templates().bundled().require("stronger-laws"));
        new TemplatePackWriter(Clock.systemUTC(), PackLimits.DEFAULT).write(pack, "Leeds Campaign Group",
                List.of(PackedTemplate.of(copy.template().orElseThrow(), copy.text(), copy.basedOn())));
        return copy.id();
    }

    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void startingWithAPackAsksAboutItInTheTemplatesWindowAndImportsWhenTold() throws Exception {
        Path pack = home.resolve("leeds.dearmp");
        String id = sharedTemplate(pack);
        running = new AcceptanceApp(home);
        running.packToImport = pack;
        DearMpApp app = running.start();
        assertThat(app.packToImport()).hasValue(pack);

        waitUntil(() -> showing("#template-editor") && showing("#editor-import-ok"));
        assertThat(robot.lookup("#editor-import-message").queryAs(Labeled.class).getText())
                .contains("Leeds Campaign Group", "Templates in the pack:");
        Stage editor = (Stage) robot.lookup("#template-editor").query().getScene().getWindow();
        assertThat(editor.isShowing()).isTrue();
        assertThat(running.context.templates().user().find(id)).as("nothing imported before the user says so")
                .isEmpty();

        robot.clickOn("#editor-import-ok");
        waitUntil(() -> running.context.templates().user().find(id).isPresent());
        ListView<TemplateItem> list = robot.lookup("#editor-templates").queryAs(ListView.class);
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().id().equals(id));
        assertThat(running.savedTo).as("no file dialog: the file is the one opened").isEmpty();
    }

    @Test
    void startingWithoutAPackOpensNoTemplatesWindow() throws Exception {
        DearMpApp app = start();
        assertThat(app.packToImport()).isEmpty();
        assertThat(showing("#template-editor")).isFalse();
    }
}
