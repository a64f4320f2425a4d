package org.dearmp.ui;

import org.dearmp.testsupport.AcceptanceTestBase;

import org.dearmp.ui.shell.DearMpApp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.wizard.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** "Nothing typed is ever lost": New letter asks first, and Erase all my data says what it removes. */
class NothingTypedIsLostAcceptanceTest extends AcceptanceTestBase {
    private static final String STORY = "I volunteer at a night shelter.";

    @AfterEach
    void tearDown() {
        System.clearProperty("dearmp.fontScale");
    }

    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    private static Step step(DearMpApp app) {
        return app.wizard().stepProperty().get();
    }

    private void writeALetter(DearMpApp app) throws Exception {
        robot.clickOn("#postcode-field").write("SW1A 0AA").type(KeyCode.ENTER);
        waitUntil(() -> step(app) == Step.MP);
        robot.clickOn("#next");
        robot.clickOn(robot.lookup("#template-list .list-cell").nth(1).queryAs(Node.class));
        robot.clickOn("#next");
        waitUntil(() -> step(app) == Step.LETTER);
        robot.clickOn("#sender-name").write("Sam Jones");
        robot.clickOn("#add-point").write("Survivors need safe houses.");
        Node story = robot.lookup("#story").queryAs(Node.class);
        robot.interact(story::requestFocus);
        robot.write(STORY);
        waitUntil(() -> app.wizard().letter().storyProperty().get().equals(STORY));
    }

    /** Types a letter through the view model (at large text sizes the steps scroll). */
    private void fillALetter(DearMpApp app) {
        robot.interact(() -> {
            app.wizard().postcode().inputProperty().set("SW1A 0AA");
            app.wizard().letter().nameProperty().set("Sam Jones");
            app.wizard().letter().storyProperty().set(STORY);
            app.wizard().close();
        });
        assertThat(app.wizard().unfinishedDraft()).isPresent();
    }

    /** The dialog fits inside the window, its long texts wrap, and no button's words are cut short. */
    private void assertFitsTheWindow(String dialogQuery, DearMpApp app) {
        DialogPane pane = robot.lookup(dialogQuery).queryAs(DialogPane.class);
        Window dialog = pane.getScene().getWindow();
        Window owner = app.window().stage();
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(owner.getWidth());
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(owner.getHeight());
        for (Labeled labeled : robot.from(pane).lookup((Node n) -> n instanceof Labeled)
                .queryAllAs(Labeled.class)) {
            if (labeled.getText() == null || labeled.getText().isEmpty() || !labeled.isVisible()) {
                continue;
            }
            if (labeled.getText().length() > 40) {
                assertThat(labeled.isWrapText()).as(labeled.getText()).isTrue();
                assertThat(labeled.getWidth()).as(labeled.getText()).isLessThanOrEqualTo(pane.getWidth());
            }
            // What is drawn is the whole text: nothing cut short with "...".
            Text shown = (Text) labeled.lookup(".text");
            assertThat(shown.getText()).as("shown in full").isEqualTo(Controls.plain(labeled.getText()));
        }
    }

    private void newLetterShortcut() {
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void newLetterAsksFirstAndAKeptLetterReopensWithEverythingTyped() throws Exception {
        DearMpApp app = start();
        writeALetter(app);
        String template = app.wizard().templates().selectedProperty().get().id();

        newLetterShortcut();
        waitUntil(() -> showing("#new-letter-keep"));
        assertThat(robot.lookup("#new-letter-message").queryAs(Label.class).getText()).contains("Rachel Blake");
        assertFitsTheWindow("#new-letter-dialog", app);
        robot.clickOn("#new-letter-keep");
        waitUntil(() -> step(app) == Step.POSTCODE);
        assertThat(app.wizard().postcode().inputProperty().get()).isEmpty();
        assertThat(app.wizard().letter().storyProperty().get()).isEmpty();

        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        waitUntil(() -> showing("#recent-table"));
        TableView<?> table = robot.lookup("#recent-table").queryAs(TableView.class);
        // The list is read in the background once the dialog is up.
        waitUntil(() -> !table.getItems().isEmpty());
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn(robot.lookup("#recent-table .table-row-cell").nth(0).queryAs(Node.class));
        assertThat(robot.lookup("#recent-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(cell -> String.valueOf(cell.getText())).contains("Not finished");
        robot.clickOn("#recent-reopen");
        waitUntil(() -> step(app) == Step.LETTER);
        assertThat(app.wizard().letter().storyProperty().get()).isEqualTo(STORY);
        assertThat(app.wizard().letter().nameProperty().get()).isEqualTo("Sam Jones");
        assertThat(app.wizard().letter().pointTexts()).containsExactly("Survivors need safe houses.");
        assertThat(app.wizard().postcode().inputProperty().get()).isEqualTo("SW1A 0AA");
        assertThat(app.wizard().templates().selectedProperty().get().id()).isEqualTo(template);
        assertThat(app.wizard().mp().nameProperty().get()).isEqualTo("Rachel Blake");

        // Reopened and not changed: nothing new to keep, so New letter does not ask again.
        newLetterShortcut();
        waitUntil(() -> step(app) == Step.POSTCODE);
        assertThat(showing("#new-letter-keep")).isFalse();
    }

    @Test
    void cancellingNewLetterLeavesTheLetterAsItWas() throws Exception {
        System.setProperty("dearmp.fontScale", "1.5");
        DearMpApp app = start();
        fillALetter(app);
        robot.clickOn("#postcode-field");

        newLetterShortcut();
        waitUntil(() -> showing("#new-letter-cancel"));
        assertFitsTheWindow("#new-letter-dialog", app);
        robot.clickOn("#new-letter-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.wizard().postcode().inputProperty().get()).isEqualTo("SW1A 0AA");
        assertThat(app.wizard().letter().storyProperty().get()).isEqualTo(STORY);
        assertThat(app.wizard().unfinishedDraft()).isPresent();
    }

    @Test
    void discardingOnNewLetterStartsAfresh() throws Exception {
        DearMpApp app = start();
        writeALetter(app);

        newLetterShortcut();
        waitUntil(() -> showing("#new-letter-discard"));
        robot.clickOn("#new-letter-discard");
        waitUntil(() -> step(app) == Step.POSTCODE);

        assertThat(app.wizard().unfinishedDraft()).isEmpty();
        assertThat(app.wizard().recentLetters().list()).isEmpty();
    }

    @Test
    void theLetterFromLastTimeCanBeKeptForLaterAtStart() throws Exception {
        System.setProperty("dearmp.fontScale", "1.5");
        fillALetter(start());
        running.stop();

        DearMpApp again = start();
        waitUntil(() -> showing("#draft-later"));
        assertFitsTheWindow("#draft-dialog", again);
        robot.clickOn("#draft-later");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(again.wizard().unfinishedDraft()).isEmpty();
        assertThat(again.wizard().recentLetters().list()).singleElement().satisfies(l -> {
            assertThat(l.unfinished()).isTrue();
            assertThat(l.draft().story()).isEqualTo(STORY);
        });
    }

    @Test
    void eraseSaysWhatGoesFitsTheWindowAtLargeTextAndCanKeepSavedTemplates() throws Exception {
        System.setProperty("dearmp.fontScale", "1.5");
        Path templates = home.resolve("data/templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("my-campaign.txt"), "A template a campaigner wrote.");
        DearMpApp app = start();
        fillALetter(app);

        robot.clickOn("#menu-file");
        // A menu item is not a node: click its words, as the user does.
        robot.clickOn(Controls.plain(org.dearmp.i18n.Messages.get("ui.menu.erase")));
        waitUntil(() -> showing("#erase-keep-templates"));
        String said = robot.lookup("#erase-dialog .label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "\n" + b);
        assertThat(said).contains("unfinished letter", "recent letters", "name and address", "settings",
                "MP lists");
        CheckBox keep = robot.lookup("#erase-keep-templates").queryAs(CheckBox.class);
        assertThat(keep.isSelected()).as("saved templates are kept unless the user says otherwise").isTrue();

        assertFitsTheWindow("#erase-dialog", app);

        robot.clickOn("#erase-confirm");
        waitUntil(() -> showing("#erase-done"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Path data = home.resolve("data");
        try (var left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("templates");
        }
        assertThat(templates.resolve("my-campaign.txt")).hasContent("A template a campaigner wrote.");
    }
}
