package org.dearmp.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.dearmp.i18n.Messages;

/** The desktop app. */
public class DearMpApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(new Scene(new Label(Messages.get("app.title")), 900, 640));
        stage.show();
    }
}
