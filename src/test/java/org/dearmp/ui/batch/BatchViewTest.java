package org.dearmp.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
import org.dearmp.batch.BatchFixtures;
import org.dearmp.batch.BatchRunner;
import org.dearmp.batch.BatchSummary;
import org.dearmp.batch.IssueKind;
import org.dearmp.ui.task.CallingThreadExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the batch screen as an organiser would: file, columns, check, decisions, write, summary. */
@ExtendWith(ApplicationExtension.class)
class BatchViewTest {

    @TempDir
    static Path dir;

    private static Path supporters;
    private final AnsweringChooser chooser = new AnsweringChooser();
    private BatchView view;
    private BatchViewModel vm;

    /** Answers the file dialogs the way the test says. */
    static final class AnsweringChooser implements BatchFileChooser {
        Optional<Path> file = Optional.empty();
        Optional<Path> folder = Optional.empty();
        Optional<Path> mapping = Optional.empty();

        @Override
        public Optional<Path> openSupporters() {
            return file;
        }

        @Override
        public Optional<Path> chooseOutputFolder() {
            return folder;
        }

        @Override
        public Optional<Path> openMapping() {
            return mapping;
        }

        @Override
        public Optional<Path> saveMapping() {
            return mapping;
        }
    }

    @BeforeAll
    static void writeFile() throws IOException {
        supporters = BatchFixtures.messyCsv(dir);
    }

    @Start
    void start(Stage stage) {
        vm = new BatchViewModel(BatchFixtures::service, chooser, new CallingThreadExecutor());
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

        // Row 7: correct the postcode typo.
        select(robot, issues, IssueKind.INVALID_POSTCODE);
        click(robot, "#batch-fix");
        robot.write("SW1A 1AA");
        click(robot, "#batch-fix-apply");

        // The rest (a duplicate, a missing name): skip them all, at once.
        click(robot, "#batch-skip-all");
        assertThat(robot.lookup("#batch-check-summary").queryAs(Label.class).getText())
                .contains("7 ready", "0 waiting", "2 skipped");

        click(robot, "#batch-choose-folder");
        robot.interact(() -> vm.senderOrgProperty().set("Freedom Network"));
        assertThat(robot.lookup("#batch-write").queryButton().isDisabled()).isFalse();
        click(robot, "#batch-write");

        String result = robot.lookup("#batch-result").queryAs(Label.class).getText();
        assertThat(result).contains("Wrote 7 letters", "1 as PDF only", "skipped 2 rows");
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

    /** The whole page as an image in target/screenshots, for people to look at (not compared). */
    private void snapshot(FxRobot robot, String name) throws IOException {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = view.getContent().snapshot(null, null));
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
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
