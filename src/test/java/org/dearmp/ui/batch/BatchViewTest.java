package org.dearmp.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dearmp.testsupport.RecordingDialogService;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.desktop.FileKind;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.batch.run.BatchRunner;
import org.dearmp.batch.report.BatchSummary;
import org.dearmp.batch.check.IssueKind;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.Pictures;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.task.CallingThreadExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the batch screen as an organiser would: file, columns, check, decisions, write, summary. */
@DataTest
@UiTest
@ExtendWith(ApplicationExtension.class)
class BatchViewTest {

    @TempDir
    static Path dir;
    @TempDir
    Path pictures;

    private static Path supporters;
    private final AnsweringChooser chooser = new AnsweringChooser();
    private BatchView view;
    private BatchViewModel vm;

    /** Answers the file dialogs and the finished-batch question the way the test says. */
    static final class AnsweringChooser {
        Optional<Path> file = Optional.empty();
        Optional<Path> folder = Optional.empty();
        Optional<Path> mapping = Optional.empty();
        FinishedBatchQuestion.Answer finished = FinishedBatchQuestion.Answer.CANCEL;
        /** Folders to answer first, one per dialog, before {@link #folder}. */
        final java.util.Deque<Path> folders = new java.util.ArrayDeque<>();
        final RecordingDialogService dialogs = new RecordingDialogService()
                .answerFilesWith(asked -> asked.kind().equals("folder")
                        ? (folders.isEmpty() ? folder : Optional.of(folders.poll()))
                        : asked.fileKind() == FileKind.SUPPORTERS ? file : mapping)
                .answerQuestionsWith(question -> finished);

        /** The folders asked about, as the finished-batch questions named them. */
        java.util.List<String> askedAbout() {
            return dialogs.questions.stream().filter(q -> q.id().equals("batch-finished"))
                    .map(DialogService.Question::message).toList();
        }
    }

    /** What the desktop was asked to open. */
    private final java.util.List<Path> opened = new java.util.ArrayList<>();

    @BeforeAll
    static void writeFile() throws IOException {
        supporters = BatchFixtures.messyCsv(dir);
    }

    @Start
    void start(Stage stage) {
        vm = new BatchViewModel(BatchFixtures::service, chooser.dialogs, new CallingThreadExecutor(), file -> {
            opened.add(file);
            return org.dearmp.ui.desktop.DesktopActions.Opened.OPENED;
        });
        view = new BatchView(vm);
        Scene scene = new Scene(view, 1100, 780);
        scene.getStylesheets().add(BatchView.class.getResource("/org/dearmp/ui/dear-mp.css").toExternalForm());
        view.getStyleClass().add("app");
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void fromChoosingTheFileToTheFinishedReport(FxRobot robot) throws IOException {
        chooser.file = Optional.of(supporters);
        chooser.folder = Optional.of(dir.resolve("letters out"));
        chooser.mapping = Optional.of(dir.resolve("mapping.json"));

        click(robot, "#batch-choose-file");
        assertThat(robot.lookup("#batch-file-info").queryAs(Label.class).getText())
                .contains("supporters.csv", "UTF-8", "comma", "9 columns");
        ComboBox<?> postcode = robot.lookup("#batch-column-postcode").queryAs(ComboBox.class);
        assertThat(postcode.getValue()).isEqualTo("Postcode");
        assertThat(robot.lookup("#batch-column-message").queryAs(ComboBox.class).getValue()).isEqualTo("Personal message");

        click(robot, "#batch-save-mapping");
        assertThat(Files.readString(dir.resolve("mapping.json"))).contains("\"postcode\" : \"Postcode\"");

        click(robot, "#batch-check");
        TableView<IssueItem> issues = robot.lookup("#batch-issues").queryTableView();
        assertThat(issues.getItems()).extracting(IssueItem::rowNumber).contains(5, 7, 8, 9, 10);
        assertThat(robot.lookup("#batch-check-summary").queryAs(Label.class).getText())
                .contains("9 supporters", "4 waiting");
        assertThat(robot.lookup("#batch-write").queryButton().isDisabled()).isTrue();

        snapshot(robot, "batch-check.png");
        // Row 5, Belfast: settle the seat with the likeliest candidate.
        select(robot, issues, IssueKind.NEEDS_CHOICE);
        ComboBox<?> seat = robot.lookup("#batch-seat").queryAs(ComboBox.class);
        assertThat(seat.getValue().toString()).contains("Belfast");
        click(robot, "#batch-choose-seat");

        // Then straight on to the next row that waits, row 7, whose postcode could not be read: no seat is guessed.
        assertThat(issues.getSelectionModel().getSelectedItem().rowNumber()).isEqualTo(7);
        assertThat(issues.isFocused()).as("the table has the focus").isTrue();
        assertThat(seat.getValue()).as("no seat suggested for an unreadable postcode").isNull();
        assertThat(robot.lookup("#batch-choose-seat").queryButton().isDisabled()).isTrue();

        // Row 7: correct the postcode typo; on to row 9 (row 8 is a note, nothing to decide).
        click(robot, "#batch-fix");
        robot.write("SW1A 1AA");
        click(robot, "#batch-fix-apply");
        assertThat(issues.getSelectionModel().getSelectedItem().rowNumber()).isEqualTo(9);

        // The rest (a duplicate, a missing name): skip them all, at once. Then Write letters has the focus.
        click(robot, "#batch-skip-all");
        assertThat(robot.lookup("#batch-write").queryButton().isFocused()).isTrue();
        assertThat(robot.lookup("#batch-check-summary").queryAs(Label.class).getText())
                .contains("7 ready", "0 waiting", "2 skipped");

        click(robot, "#batch-choose-folder");
        robot.interact(() -> vm.senderOrgProperty().set("Freedom Network"));
        assertThat(robot.lookup("#batch-write").queryButton().isDisabled()).isFalse();
        click(robot, "#batch-write");

        String result = robot.lookup("#batch-result").queryAs(Label.class).getText();
        assertThat(result).startsWith("Finished.").doesNotContain("interrupted");
        assertThat(result).contains("Wrote 7 letters", "1 as PDF only", "skipped 2 rows");
        assertThat(inView(robot, "#batch-summary-section")).as("the summary is scrolled into view").isTrue();
        assertThat(robot.lookup("#batch-open-folder").queryButton().isFocused()).isTrue();
        click(robot, "#batch-open-folder");
        click(robot, "#batch-open-print");
        assertThat(opened).containsExactly(dir.resolve("letters out").toAbsolutePath(),
                dir.resolve("letters out").resolve(BatchRunner.PRINT_FILE).toAbsolutePath());
        assertThat(issues.getItems()).extracting(IssueItem::rowNumber).contains(5, 7, 8, 9, 10);
        assertThat(vm.decisionFor(issues.getItems().get(0))).startsWith("Settled: Belfast");
        assertThat(robot.lookup("#batch-map").queryAs(ImageView.class).getImage()).isNotNull();
        TableView<BatchSummary.Seat> seats = robot.lookup("#batch-seats").queryTableView();
        assertThat(seats.getItems()).extracting(BatchSummary.Seat::name).contains("Ynys Môn", "Cities of London and Westminster");
        Path out = dir.resolve("letters out");
        assertThat(out.resolve(BatchRunner.REPORT_FILE)).exists();
        assertThat(out.resolve(BatchRunner.PRINT_FILE)).exists();
        assertThat(Files.readString(out.resolve(BatchRunner.REPORT_FILE))).contains("'=HYPERLINK(");
        assertThat(robot.lookup("#batch-status").queryAs(Label.class).getText()).contains(out.toString());
        snapshot(robot, "batch-summary.png");
    }

    @Test
    void oneStatusLineSaysHowTheLastActionEndedInItsOwnStyle(FxRobot robot) throws IOException {
        chooser.file = Optional.of(supporters);
        click(robot, "#batch-choose-file");
        Path broken = dir.resolve("broken-mapping.json");
        Files.writeString(broken, "{ not json");
        chooser.mapping = Optional.of(broken);
        click(robot, "#batch-load-mapping");
        Label status = robot.lookup("#batch-status").queryAs(Label.class);
        assertThat(status.getText()).startsWith("\u2717 ");
        assertThat(status.getStyleClass()).contains("status-failure");
        assertThat(robot.lookup("#batch-error").tryQuery()).as("no second line to linger").isEmpty();

        chooser.mapping = Optional.of(dir.resolve("saved-mapping.json"));
        click(robot, "#batch-save-mapping");
        assertThat(status.getText()).startsWith("\u2713 ").contains("saved-mapping.json");
        assertThat(status.getStyleClass()).contains("status-success").doesNotContain("status-failure");

        chooser.mapping = Optional.empty();
        click(robot, "#batch-save-mapping");
        assertThat(status.isVisible()).as("a new action clears the last message").isFalse();
    }

    /** Opens the file, checks it, settles every row by skipping it, and makes the letters folder {@code out}. */
    private void checkedAndReady(FxRobot robot, Path file, Path out) {
        chooser.file = Optional.of(file);
        chooser.folder = Optional.of(out);
        click(robot, "#batch-choose-file");
        click(robot, "#batch-check");
        if (!robot.lookup("#batch-skip-all").queryButton().isDisabled()) {
            click(robot, "#batch-skip-all");
        }
        click(robot, "#batch-choose-folder");
    }

    private String result(FxRobot robot) {
        return robot.lookup("#batch-result").queryAs(Label.class).getText();
    }

    @Test
    void aFolderHoldingAFinishedBatchIsReplacedOrAnotherChosen(FxRobot robot) throws IOException {
        Path out = dir.resolve("replace me");
        checkedAndReady(robot, supporters, out);
        click(robot, "#batch-write");
        assertThat(result(robot)).startsWith("Finished.");
        Path mine = Files.writeString(out.resolve("our campaign notes.txt"), "keep");

        // Write again into the same folder: asked first; Cancel changes nothing.
        chooser.finished = FinishedBatchQuestion.Answer.CANCEL;
        click(robot, "#batch-write");
        assertThat(chooser.askedAbout()).singleElement().asString().contains(out.toString());

        // Replace: the old batch's files go (and only those), the new batch is written afresh, nothing "interrupted".
        chooser.finished = FinishedBatchQuestion.Answer.REPLACE;
        click(robot, "#batch-write");
        assertThat(result(robot)).startsWith("Finished.").doesNotContain("interrupted");
        assertThat(mine).hasContent("keep");
        assertThat(out.resolve(BatchRunner.REPORT_FILE)).exists();

        // Choosing that folder again asks the same; "Choose a new folder" goes on to the folder chosen next.
        Path fresh = dir.resolve("a new folder");
        chooser.finished = FinishedBatchQuestion.Answer.CHOOSE_NEW_FOLDER;
        chooser.dialogs.questions.clear();
        chooser.folders.add(out);
        chooser.folders.add(fresh);
        click(robot, "#batch-choose-folder");
        assertThat(chooser.askedAbout()).singleElement().asString().contains(out.toString());
        assertThat(vm.outputFolderProperty().get()).isEqualTo(fresh);

        // Cancel keeps the folder there was.
        chooser.finished = FinishedBatchQuestion.Answer.CANCEL;
        chooser.folders.add(out);
        click(robot, "#batch-choose-folder");
        assertThat(vm.outputFolderProperty().get()).isEqualTo(fresh);
    }

    @Test
    void onlyABatchThatWasInterruptedIsSaidToBeFinishedAfterAnInterruption(FxRobot robot) throws IOException {
        Path out = dir.resolve("interrupted");
        checkedAndReady(robot, supporters, out);
        click(robot, "#batch-write");
        // What a crash halfway leaves: no report yet, and only some letters recorded.
        Files.delete(out.resolve(BatchRunner.REPORT_FILE));
        Path manifest = out.resolve(org.dearmp.batch.report.BatchManifest.FILE_NAME);
        java.util.List<String> lines = Files.readAllLines(manifest);
        Files.write(manifest, lines.subList(0, 4));

        click(robot, "#batch-write");
        assertThat(chooser.askedAbout()).as("an unfinished batch is finished, not replaced").isEmpty();
        assertThat(result(robot)).startsWith("Finished an interrupted batch: 3 letters were already written");
    }

    @Test
    void aSampleFileShowsANewcomerHowItWorks(FxRobot robot) {
        click(robot, "#batch-sample");
        assertThat(robot.lookup("#batch-file-info").queryAs(Label.class).getText()).contains("sample-supporters.csv",
                "UTF-8", "9 columns");
        assertThat(vm.outputFolderProperty().get().getParent()).as("its letters go beside it")
                .isEqualTo(vm.fileProperty().get().path().toAbsolutePath().getParent());
        click(robot, "#batch-check");
        assertThat(robot.lookup("#batch-check-summary").queryAs(Label.class).getText())
                .contains("6 supporters", "5 ready", "1 waiting");
        TableView<IssueItem> issues = robot.lookup("#batch-issues").queryTableView();
        assertThat(issues.getItems()).filteredOn(IssueItem::blocking).extracting(i -> i.issue().kind())
                .containsExactly(IssueKind.NEEDS_CHOICE);
    }

    /** The node's top is inside the scroll pane's viewport. */
    private boolean inView(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        Bounds inViewport = view.lookup(".viewport").sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        return inViewport.getMinY() >= 0 && inViewport.getMinY() < view.getViewportBounds().getHeight();
    }

    /** The whole page as an image, for people to look at (not compared); see {@link Pictures} to keep it. */
    private void snapshot(FxRobot robot, String name) throws IOException {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = view.getContent().snapshot(null, null));
        Path shots = Pictures.folder(pictures);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                shots.resolve(name).toFile());
    }

    @Test
    void everyControlCanBeReachedByAssistiveTechnology(FxRobot robot) {
        chooser.file = Optional.of(supporters);
        click(robot, "#batch-choose-file");
        click(robot, "#batch-check");
        int checked = 0;
        for (Node node : robot.lookup(n -> n instanceof javafx.scene.control.Control && n != view).queryAll()) {
            if (node instanceof Label || node instanceof javafx.scene.control.ScrollBar || insideAnotherControl(node)) {
                continue; // labels are text; a control's own parts (a combo box's list) belong to it
            }
            assertThat(node.getId()).as(node.toString()).isNotBlank();
            assertThat(node.getAccessibleText()).as(node.getId()).isNotBlank();
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }

    private boolean insideAnotherControl(Node node) {
        for (Node p = node.getParent(); p != null && p != view; p = p.getParent()) {
            if (p instanceof javafx.scene.control.Control) {
                return true;
            }
        }
        return false;
    }

    private void select(FxRobot robot, TableView<IssueItem> issues, IssueKind kind) {
        IssueItem item = issues.getItems().stream().filter(i -> i.issue().kind() == kind).findFirst().orElseThrow();
        robot.interact(() -> {
            issues.getSelectionModel().select(item);
            issues.scrollTo(item);
        });
    }

    /** Scrolls the control into view, then presses it (a button) or clicks into it (a field). */
    private void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            view.layout();
            Bounds inContent = view.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double contentHeight = view.getContent().getBoundsInLocal().getHeight();
            double viewport = view.getViewportBounds().getHeight();
            if (contentHeight > viewport) {
                double target = Math.max(0, inContent.getMinY() - 40) / (contentHeight - viewport);
                view.setVvalue(Math.min(1, target));
            }
        });
        assertThat(node.isDisabled()).as(query + " is enabled").isFalse();
        if (node instanceof ButtonBase button) {
            // Fired like a keyboard press: a mouse click can miss on a loaded CI machine.
            robot.interact(button::fire);
        } else {
            robot.clickOn(node);
            robot.interact(node::requestFocus);
        }
    }
}
