package org.dearmp.ui.batch;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.StatusLabel;

/**
 * The batch screen, code-built and thin: four sections (file and columns, check, write, summary), each
 * its own pane, bound to a {@link BatchViewModel}. Every control has an id, accessible text, a label and a mnemonic.
 */
public final class BatchView extends ScrollPane {

    private final BatchFilePane file;

    public BatchView(BatchViewModel vm) {
        setId("batch-view");
        setFitToWidth(true);
        file = new BatchFilePane(vm);
        BatchWritePane write = new BatchWritePane(vm);
        BatchDecisionsPane decisions = new BatchDecisionsPane(vm, write::nextAfterDecisions);
        BatchResultsPane results = new BatchResultsPane(vm);
        VBox summary = results.build();
        Label status = StatusLabel.create("batch-status", vm.statusProperty());
        status.getStyleClass().add("message");
        VBox page = new VBox(
                Controls.heading("batch-heading", Messages.get("ui.batch.title")),
                Controls.text("batch-intro", Messages.get("ui.batch.intro"), "intro"),
                file.build(), decisions.build(), write.build(), summary, new BatchRepliesPane(vm).build(),
                new VBox(6, status));
        page.getStyleClass().add("step");
        setContent(page);
        // The run is over: show its summary from the top, with Open folder ready for Enter or Space.
        vm.resultProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(() -> {
                    scrollToTop(summary);
                    results.focusFirst();
                });
            }
        });
    }

    public void focusFirst() {
        file.focusFirst();
    }

    /** Scrolls the page so that {@code node} starts at the top of the view (or as near as the page allows). */
    private void scrollToTop(Node node) {
        applyCss();
        layout();
        Node content = getContent();
        Bounds where = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double hidden = content.getLayoutBounds().getHeight() - getViewportBounds().getHeight();
        if (where != null && hidden > 0) {
            setVvalue(Math.max(0, Math.min(1, (where.getMinY() - 8) / hidden)));
        }
    }
}
