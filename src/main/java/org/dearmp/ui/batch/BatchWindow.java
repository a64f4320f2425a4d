package org.dearmp.ui.batch;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.dearmp.batch.BatchService;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.task.FxBackgroundExecutor;

/** The batch screen in its own window, opened from the main window's File menu. */
public final class BatchWindow {
    private BatchWindow() {
    }

    public static Stage open(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("ui.batch.windowTitle"));
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        BatchViewModel vm = new BatchViewModel(BatchService::bundled, new FxBatchFileChooser(stage), executor);
        BatchView view = new BatchView(vm);
        Scene scene = new Scene(view, 1040, 760);
        var css = BatchWindow.class.getResource("/org/dearmp/ui/dear-mp.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        view.getStyleClass().add("app");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(640);
        stage.setOnHidden(e -> executor.shutdown());
        stage.show();
        view.focusFirst();
        return stage;
    }
}
