package org.dearmp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.dearmp.history.Outcome;
import org.dearmp.testsupport.AcceptanceApp;
import org.dearmp.testsupport.AcceptanceTestBase;
import org.dearmp.testsupport.MovableClock;
import org.dearmp.testsupport.WindowPictures;
import org.dearmp.ui.shell.DearMpApp;
import org.dearmp.ui.wizard.Step;
import org.dearmp.userdata.SavedLetter;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** After the letter: two weeks on, the app asks whether the MP replied, and offers the follow-up it calls for. */
class FollowUpAcceptanceTest extends AcceptanceTestBase {
    private final MovableClock clock = MovableClock.fromFixed();

    private DearMpApp startOnTheClock() throws Exception {
        running = new AcceptanceApp(home, clock);
        return running.start();
    }

    private Step step(DearMpApp app) {
        return app.wizard().stepProperty().get();
    }

    private void clickInView(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> org.dearmp.ui.common.FocusScroller.reveal(node));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    private void savePdf(DearMpApp app, Path pdf) throws Exception {
        robot.clickOn("#next");
        waitUntil(() -> step(app) == Step.SEND);
        running.nextFile = pdf;
        robot.clickOn("#save-pdf");
        waitUntil(() -> Files.exists(pdf) && robot.lookup("#open-folder").queryAs(Button.class).isVisible());
    }

    @Test
    void fifteenDaysOnAnAcknowledgementGetsAFollowUpOfferedAndSavedAsPdf() throws Exception {
        DearMpApp app = startOnTheClock();
        robot.clickOn("#postcode-field").write("LL58 8AA").type(KeyCode.ENTER);
        waitUntil(() -> step(app) == Step.MP);
        robot.clickOn("#next");
        waitUntil(() -> step(app) == Step.TEMPLATE);
        assertThat(app.wizard().templates().templates()).noneMatch(t -> t.id().startsWith("follow-up"));
        robot.clickOn(robot.lookup("#template-list .list-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#next");
        waitUntil(() -> step(app) == Step.LETTER);
        robot.clickOn("#sender-name").write("Sam Jones");
        clickInView("#add-point");
        robot.write("Our drop-in centre in Holyhead needs secure funding.");
        waitUntil(() -> app.wizard().letter().previewTextProperty().get().contains("secure funding."));
        savePdf(app, home.resolve("first.pdf"));
        String firstSubject = app.wizard().letter().composedProperty().get().letter().subject();
        running.stop();

        clock.moveOnDays(15);
        DearMpApp later = startOnTheClock();
        waitUntil(() -> robot.lookup("#reply-dialog").tryQuery().isPresent());
        String question = robot.lookup("#reply-question").queryAs(Label.class).getText();
        assertThat(question).contains("Llinos Medi", "27 November 2026", firstSubject);
        WindowPictures.saveIfAsked(robot, "follow-up-1-did-they-reply");
        robot.clickOn("#reply-acknowledged");
        robot.clickOn("#reply-note").write("A card from the office");
        // A file gone by the time it is copied: the dialog says so and keeps everything chosen and typed.
        running.nextOpen = home.resolve("moved-away.pdf");
        robot.clickOn("#reply-attach");
        waitUntil(() -> robot.lookup("#reply-file-name").queryAs(Label.class).getText().equals("moved-away.pdf"));
        robot.clickOn("#reply-record");
        waitUntil(() -> robot.lookup("#reply-status").queryAs(Label.class).getText()
                .contains("The reply could not be recorded."));
        assertThat(robot.lookup("#reply-dialog").tryQuery()).isPresent();
        assertThat(robot.lookup("#reply-note").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("A card from the office");
        assertThat(robot.lookup("#reply-acknowledged").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#reply-record").queryAs(Button.class).isDisabled()).isFalse();
        WindowPictures.saveIfAsked(robot, "follow-up-1-not-recorded", "#reply-dialog");
        running.nextOpen = Files.writeString(home.resolve("reply-scan.pdf"), "%PDF-1.4 a scan");
        robot.clickOn("#reply-attach");
        waitUntil(() -> robot.lookup("#reply-file-name").queryAs(Label.class).getText().equals("reply-scan.pdf"));
        robot.clickOn("#reply-record");

        waitUntil(() -> robot.lookup("#follow-up-yes").tryQuery().isPresent());
        WindowPictures.saveIfAsked(robot, "follow-up-2-offer");
        robot.clickOn("#follow-up-yes");
        waitUntil(() -> step(later) == Step.LETTER);
        assertThat(later.wizard().templates().selectedProperty().get().id()).isEqualTo("follow-up-no-reply");
        waitUntil(() -> later.wizard().letter().previewTextProperty().get().contains("27 November 2026"));
        WindowPictures.saveIfAsked(robot, "follow-up-3-letter");

        Path followUp = home.resolve("follow-up.pdf");
        savePdf(later, followUp);
        String text = new PdfTextExtractor(new PdfReader(Files.readAllBytes(followUp))).getTextFromPage(1)
                .replaceAll("\\s+", " ");
        assertThat(text).contains("Following up my letter of 27 November 2026", firstSubject, "Sam Jones",
                "Llinos Medi");

        robot.press(KeyCode.CONTROL).press(KeyCode.R).release(KeyCode.R).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#recent-table").tryQuery().isPresent());
        javafx.scene.control.TableView<?> table = robot.lookup("#recent-table").queryAs(javafx.scene.control.TableView.class);
        // The list is read in the background once the dialog is up.
        waitUntil(() -> !table.getItems().isEmpty());
        assertThat(table.getItems()).hasSize(2);
        String statuses = robot.lookup("#recent-table .table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()).filter(java.util.Objects::nonNull)
                .reduce("", (a, b) -> a + "|" + b);
        assertThat(statuses).contains("Posted 27 November 2026 \u00b7 Only an acknowledgement \u00b7 followed up",
                "Posted 12 December 2026 \u00b7 no reply recorded \u00b7 ask 26 December 2026");
        WindowPictures.saveIfAsked(robot, "follow-up-4-history");
        robot.type(KeyCode.ESCAPE);

        List<SavedLetter> sent = running.context.recentLetters().sent();
        assertThat(sent).hasSize(2);
        SavedLetter first = sent.stream().filter(l -> l.sent().followUpOf() == null).findFirst().orElseThrow();
        assertThat(first.reply().outcome()).isEqualTo(Outcome.ACKNOWLEDGED);
        assertThat(first.reply().note()).isEqualTo("A card from the office");
        assertThat(running.context.recentLetters().replyFile(first.reply().attachment())).hasContent("%PDF-1.4 a scan");
        assertThat(sent).anySatisfy(l -> assertThat(l.sent().followUpOf()).isEqualTo(first.id()));
    }

    @Test
    void withHistoryOffNothingIsKeptAndNothingIsAskedLater() throws Exception {
        DearMpApp app = startOnTheClock();
        robot.clickOn("#menu-file");
        robot.clickOn("#menu-history");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.wizard().historyOff()).isTrue();
        robot.clickOn("#postcode-field").write("LL58 8AA").type(KeyCode.ENTER);
        waitUntil(() -> step(app) == Step.MP);
        robot.clickOn("#next");
        robot.clickOn(robot.lookup("#template-list .list-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#next");
        waitUntil(() -> step(app) == Step.LETTER);
        robot.clickOn("#sender-name").write("Sam Jones");
        waitUntil(() -> app.wizard().letter().previewTextProperty().get().contains("Sam Jones"));
        savePdf(app, home.resolve("first.pdf"));
        running.stop();

        assertThat(running.context.recentLetters().list()).isEmpty();
        clock.moveOnDays(30);
        DearMpApp later = startOnTheClock();
        WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reply-dialog").tryQuery()).isEmpty();
        assertThat(later.wizard().historyOff()).isTrue();
    }
}
