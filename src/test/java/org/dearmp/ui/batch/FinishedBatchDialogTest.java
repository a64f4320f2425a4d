package org.dearmp.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dearmp.ui.desktop.FxDialogService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.dearmp.testsupport.UiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The question the batch screen asks about a folder that holds a finished batch, as the system shows it. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class FinishedBatchDialogTest {

    private Stage owner;

    @Start
    void start(Stage primary) {
        owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 600, 400));
        owner.show();
    }

    private CompletableFuture<FinishedBatchQuestion.Answer> ask() {
        CompletableFuture<FinishedBatchQuestion.Answer> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(FinishedBatchQuestion.ask(new FxDialogService(owner),
                Path.of("/home/organiser/letters"), 120)));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void replaceNewFolderOrCancel(FxRobot robot) throws Exception {
        CompletableFuture<FinishedBatchQuestion.Answer> first = ask();
        assertThat(robot.lookup("#batch-finished-message").queryAs(Label.class).getText())
                .contains(Path.of("/home/organiser/letters").toString(), "120 letters", "anything else in the folder is kept");
        Button other = robot.lookup("#batch-finished-other").queryButton();
        assertThat(other.isDefaultButton()).as("Enter never deletes files").isTrue();
        assertThat(robot.lookup("#batch-finished-replace").queryButton().isDefaultButton()).isFalse();
        robot.interact(robot.lookup("#batch-finished-replace").queryButton()::fire);
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(FinishedBatchQuestion.Answer.REPLACE);

        CompletableFuture<FinishedBatchQuestion.Answer> second = ask();
        robot.interact(robot.lookup("#batch-finished-other").queryButton()::fire);
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(FinishedBatchQuestion.Answer.CHOOSE_NEW_FOLDER);

        CompletableFuture<FinishedBatchQuestion.Answer> third = ask();
        robot.interact(robot.lookup("#batch-finished-cancel").queryButton()::fire);
        assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo(FinishedBatchQuestion.Answer.CANCEL);
        robot.interact(owner::close);
    }
}
