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
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.dearmp.batch.report.ResponseFigures;
import org.dearmp.batch.run.ReplyImport;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.CampaignFixtures;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.Pictures;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.task.CallingThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The organiser writes a batch, then imports the MPs' replies on the same screen and reads the figures. */
@DataTest
@UiTest
@ExtendWith(ApplicationExtension.class)
class BatchRepliesViewTest {

    @TempDir
    Path dir;
    @TempDir
    Path pictures;

    private final BatchViewTest.AnsweringChooser chooser = new BatchViewTest.AnsweringChooser();
    private BatchView view;

    @Start
    void start(Stage stage) {
        BatchViewModel vm = new BatchViewModel(BatchFixtures::service, chooser.dialogs, new CallingThreadExecutor(),
                file -> org.dearmp.ui.desktop.DesktopActions.Opened.OPENED);
        view = new BatchView(vm);
        Scene scene = new Scene(view, 1240, 780);
        scene.getStylesheets().add(BatchView.class.getResource("/org/dearmp/ui/dear-mp.css").toExternalForm());
        view.getStyleClass().add("app");
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void importingRepliesShowsTheFiguresTheMapAndEveryLineNotUsed(FxRobot robot) throws IOException {
        Path out = dir.resolve("out");
        chooser.file = Optional.of(CampaignFixtures.supporters(dir));
        chooser.folder = Optional.of(out);
        click(robot, "#batch-choose-file");
        click(robot, "#batch-check");
        click(robot, "#batch-skip-all");
        click(robot, "#batch-choose-folder");
        click(robot, "#batch-write");
        assertThat(robot.lookup("#batch-responses-figures").query().isVisible()).as("no replies yet").isFalse();

        chooser.file = Optional.of(CampaignFixtures.replies(dir));
        click(robot, "#batch-import-replies");

        assertThat(robot.lookup("#batch-responses-total").queryAs(Label.class).getText())
                .isEqualTo("Letters: 4; answered 1, not answered 0, acknowledged 1, not expected 0, no reply 1, "
                        + "no outcome yet 1; 25% answered.");
        ListView<String> problems = robot.lookup("#batch-replies-problems").queryListView();
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getItems()).hasSize(10).first().asString()
                .isEqualTo("Line 4: This email is on several rows of the report (4, 5): give the Row instead.");
        TableView<ResponseFigures.Seat> seats = robot.lookup("#batch-responses").queryTableView();
        assertThat(seats.getItems()).extracting(ResponseFigures.Seat::constituency)
                .containsExactly("Ynys Môn", "Bolton South and Walkden", "Edinburgh East and Musselburgh");
        assertThat(robot.lookup("#batch-responses-map").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#batch-status").queryAs(Label.class).getText())
                .isEqualTo("Recorded 4 replies; 10 lines had problems and were not used.");
        assertThat(out.resolve(ReplyImport.RESPONSES_FILE)).exists();

        Path shots = Pictures.folder(pictures);
        Files.copy(out.resolve(ReplyImport.RESPONSES_MAP_FILE), shots.resolve("responses-map.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        robot.interact(() -> {
            view.layout();
            view.setVvalue(1);
        });
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = robot.lookup("#batch-replies-section").query().snapshot(null, null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                shots.resolve("batch-responses.png").toFile());
    }

    /** Scrolls the control into view, then presses it like a keyboard press. */
    private void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            view.layout();
            Bounds inContent = view.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double contentHeight = view.getContent().getBoundsInLocal().getHeight();
            double viewport = view.getViewportBounds().getHeight();
            if (contentHeight > viewport) {
                view.setVvalue(Math.min(1, Math.max(0, inContent.getMinY() - 40) / (contentHeight - viewport)));
            }
        });
        assertThat(node.isDisabled()).as(query + " is enabled").isFalse();
        robot.interact(((ButtonBase) node)::fire);
    }
}
