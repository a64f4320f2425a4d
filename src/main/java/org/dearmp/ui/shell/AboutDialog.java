package org.dearmp.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.services.DataInfo;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.DialogButtons;
import org.dearmp.ui.common.Windows;

/** About Dear MP: version, how old the data is, and the credit every data set's licence asks for. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static Alert create(Window owner, DataInfo info) {
        Alert alert = Windows.dialog(new Alert(Alert.AlertType.NONE, "", DialogButtons.close()), owner);
        alert.setTitle(Messages.get("ui.about.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("about-dialog");
        VBox box = new VBox();
        box.getStyleClass().add("about");
        box.getChildren().add(Controls.text("about-name", Messages.get("app.title"), "about-title"));
        box.getChildren().add(Controls.text("about-version", AboutContent.version()));
        box.getChildren().add(Controls.text("about-purpose", Messages.get("ui.about.purpose"), "intro"));
        box.getChildren().add(Controls.text("about-data-heading", Messages.get("ui.about.data"), "subheading"));
        int i = 0;
        for (String line : AboutContent.dataDates(info)) {
            box.getChildren().add(Controls.text("about-data-" + i++, line));
        }
        box.getChildren().add(Controls.text("about-credits-heading", Messages.get("ui.about.credits"), "subheading"));
        i = 0;
        for (String line : AboutContent.attributions(info)) {
            Label credit = Controls.text("about-credit-" + i++, line, "credit");
            box.getChildren().add(credit);
        }
        box.getChildren().add(Controls.text("about-licence", Messages.get("ui.about.licence"), "hint-text"));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("about-scroll");
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(560);
        scroll.setPrefViewportHeight(420);
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        return alert;
    }
}
