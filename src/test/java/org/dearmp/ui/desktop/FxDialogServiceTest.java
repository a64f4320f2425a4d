package org.dearmp.ui.desktop;

import org.dearmp.testsupport.UiTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.dearmp.core.DearMpException;
import org.dearmp.ui.desktop.DialogService.Answer;
import org.dearmp.ui.desktop.DialogService.Question;
import org.dearmp.ui.desktop.DialogService.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog service as the app shows it: the app's own words on the buttons, the answer given back. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class FxDialogServiceTest {
    private Stage owner;
    private FxDialogService dialogs;

    @Start
    void start(Stage primary) {
        owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 600, 400));
        owner.show();
        dialogs = new FxDialogService(owner);
    }

    private enum Fruit { APPLE, PEAR, NONE }

    private CompletableFuture<Optional<Fruit>> askFruit() {
        CompletableFuture<Optional<Fruit>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.choose(new Question("fruit", "Fruit", "Which one?",
                "Pick the fruit you would like."), List.of(
                new Answer<>(Fruit.APPLE, "fruit-apple", "_Apple", Role.YES, false),
                new Answer<>(Fruit.PEAR, "fruit-pear", "_Pear", Role.OTHER, true),
                new Answer<>(Fruit.NONE, "fruit-none", "_Neither", Role.NO, false)))));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void theButtonPressedIsTheAnswerAndOnlyTheOneNamedDefaultIsWhatEnterDoes(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Fruit>> first = askFruit();
        assertThat((Object) robot.lookup("#fruit-dialog").query()).isInstanceOf(DialogPane.class);
        assertThat(robot.lookup("#fruit-message").queryAs(Label.class).getText()).isEqualTo("Pick the fruit you would like.");
        assertThat(robot.lookup("#fruit-apple").queryButton().getText()).isEqualTo("_Apple");
        assertThat(robot.lookup("#fruit-pear").queryButton().isDefaultButton()).isTrue();
        assertThat(robot.lookup("#fruit-apple").queryButton().isDefaultButton()).isFalse();
        robot.interact(robot.lookup("#fruit-apple").queryButton()::fire);
        assertThat(first.get(5, TimeUnit.SECONDS)).contains(Fruit.APPLE);

        CompletableFuture<Optional<Fruit>> closed = askFruit();
        robot.type(KeyCode.ESCAPE);
        assertThat(closed.get(5, TimeUnit.SECONDS)).as("closing answers no").contains(Fruit.NONE);
        robot.interact(owner::close);
    }

    @Test
    void aDomainErrorShowsItsOwnWordsAndNoJavaNames(FxRobot robot) throws Exception {
        Platform.runLater(() -> dialogs.showError(new DearMpException("The pack could not be read.",
                new IllegalStateException("zip"))));
        WaitForAsyncUtils.waitForFxEvents();
        String shown = robot.lookup("#plain-message").queryAs(Label.class).getText();
        assertThat(shown).isEqualTo("The pack could not be read.");
        assertThat(robot.lookup("#error-details").tryQuery()).as("no stack trace").isEmpty();
        Button ok = robot.lookup(".dialog-pane .button").queryButton();
        robot.interact(ok::fire);
        robot.interact(owner::close);
    }
}
