package org.dearmp.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.task.Job;

/** Shown while the postcode index and MP list load, with the progress of the loading. */
public final class StartupView extends VBox {

    public StartupView(Job job, Runnable cancel) {
        setId("startup");
        getStyleClass().add("startup");
        setAlignment(Pos.CENTER);
        Label title = Controls.text("startup-title", Messages.get("app.title"), "startup-title");
        Label tagline = Controls.text("startup-tagline", Messages.get("ui.startup.tagline"), "intro");
        ProgressBar bar = new ProgressBar();
        bar.setId("startup-progress");
        bar.progressProperty().bind(job.progressProperty());
        bar.setAccessibleText(Messages.get("ui.startup.loading"));
        Label message = Controls.text("startup-message", Messages.get("ui.startup.loading"), "hint-text");
        job.messageProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) {
                message.setText(now);
            }
        });
        Button stop = Controls.button("startup-cancel", "ui.startup.cancel", e -> {
            job.cancel();
            cancel.run();
        });
        stop.setCancelButton(true);
        getChildren().addAll(title, tagline, bar, message, stop);
    }
}
