package org.dearmp.ui.wizard.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.wizard.Step;
import org.dearmp.testsupport.WizardFixture;
import org.dearmp.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The send step on screen: a disabled email button says why, and each status has its own style and sign. */
@DataTest
@UiTest
@ExtendWith(ApplicationExtension.class)
class SendViewTest {

    @TempDir
    static Path home;
    private WizardFixture fixture;
    private WizardViewModel wizard;

    @Start
    void start(Stage stage) {
        fixture = new WizardFixture(home);
        wizard = fixture.create();
        wizard.postcode().inputProperty().set("SW1A 0AA");
        wizard.templates().select("laws");
        wizard.letter().nameProperty().set("Sam Jones");
        wizard.goTo(Step.SEND);
        SendView view = new SendView(wizard.send(), new SimpleStringProperty("Rachel Blake"), () -> { });
        view.getStyleClass().add("app");
        Scene scene = new Scene(view, 900, 700);
        scene.getStylesheets().add(SendView.class.getResource("/org/dearmp/ui/dear-mp.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    @Test
    void emailActionsAreDisabledWithTheReasonWhenTheMpHasNoEmail(FxRobot robot) {
        Button eml = robot.lookup("#save-eml").queryAs(Button.class);
        assertThat(eml.isDisabled()).isFalse();
        robot.interact(() -> wizard.postcode().choose(
                wizard.services().parliament().constituency("N05000018").orElseThrow()));

        assertThat(eml.isDisabled()).isTrue();
        assertThat(robot.lookup("#open-mail").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(label(robot, "#save-eml-why").getText()).contains("no email address", "PDF");
        assertThat(label(robot, "#open-mail-why").getText()).contains("no email address");
        assertThat(eml.getAccessibleHelp()).contains("no email address");
        assertThat(robot.lookup("#save-pdf").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void eachOutcomeHasItsOwnStyleAndSign(FxRobot robot) {
        Node confirmation = robot.lookup("#send-confirmation").query();
        assertThat(confirmation.isVisible()).isFalse();

        fixture.nextSaveAnswer = Optional.empty();
        robot.clickOn("#save-txt");
        Label status = label(robot, "#send-status");
        assertThat(status.getText()).isEqualTo("\u2013 Not saved: you cancelled.");
        assertThat(status.getStyleClass()).contains("status-cancelled").doesNotContain("status-success");
        assertThat(confirmation.getStyleClass()).contains("confirmation-cancelled");
        assertThat(confirmation.isVisible()).isTrue();

        fixture.nextSaveAnswer = Optional.of(home.resolve("no-such-folder/letter.txt"));
        robot.clickOn("#save-txt");
        assertThat(status.getText()).startsWith("\u2717 Not saved: ");
        assertThat(status.getStyleClass()).contains("status-failure").doesNotContain("status-cancelled");
        assertThat(status.getAccessibleText()).startsWith("Failed: ");
        assertThat(confirmation.getStyleClass()).contains("confirmation-failure");

        fixture.nextSaveAnswer = Optional.of(home.resolve("letter.txt"));
        robot.clickOn("#save-txt");
        assertThat(status.getText()).startsWith("\u2713 Saved letter.txt");
        assertThat(status.getStyleClass()).contains("status-success").doesNotContain("status-failure");
        assertThat(robot.lookup("#open-folder").queryAs(Button.class).isVisible()).isTrue();
    }

    @Test
    void aLetterTooLongForALinkOffersTheEmailFile(FxRobot robot) {
        robot.interact(() -> wizard.letter().nameProperty().set("Sam Jones ".repeat(30)));
        Button offer = robot.lookup("#offer-eml").queryAs(Button.class);
        assertThat(offer.isVisible()).isFalse();
        robot.clickOn("#open-mail");
        assertThat(label(robot, "#send-status").getText()).startsWith("\u2717 Not opened").contains("too long");
        assertThat(offer.isVisible()).isTrue();
        assertThat(fixture.opened).isEmpty();
    }
}
