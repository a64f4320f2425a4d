package org.dearmp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.dearmp.letter.Sender;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.wizard.letter.LetterView;
import org.dearmp.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A letter to the Speaker at 150 % text in a small window: the note on why the ask changed and the
 * guidance above the preview never squeeze the letter itself to a sliver; the column scrolls instead.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class PreviewLargeTextTest {
    @TempDir
    static Path home;
    private WizardViewModel vm;
    private Stage own;

    @Start
    void start(Stage stage) throws Exception {
        vm = RightSenderRightSeatTest.wizard(home, new Sender("Sam Jones", List.of("3 Market Street", "Chorley"),
                "PR7 1DP", "", ""));
        vm.postcode().inputProperty().set("PR7 1DP");
        vm.templates().select("survivor-support");
        LetterView view = new LetterView(vm.letter());
        // Its own window, so the size given here does not carry over to other tests in TestFX's primary stage.
        own = new Stage();
        Scene scene = new Scene(view, 900, 460);
        scene.getStylesheets().add(LetterView.class.getResource("/org/dearmp/ui/dear-mp.css").toExternalForm());
        view.getStyleClass().add("app");
        view.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", Font.getDefault().getSize() * 1.5));
        own.setScene(scene);
        own.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(own::close);
    }

    @Test
    void theLetterPreviewKeepsRoomForItsTextUnderTheSpeakersNote(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.letter().askNoteProperty().get()).as("a letter to the Speaker").isNotEmpty();
        Node preview = robot.from(own.getScene().getRoot()).lookup("#preview-scroll").query();
        double lineHeight = Font.getDefault().getSize() * 1.5 * 1.3;
        assertThat(preview.getLayoutBounds().getHeight()).as("the preview shows several lines of the letter")
                .isGreaterThan(6 * lineHeight);
    }
}
