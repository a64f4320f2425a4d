package org.dearmp.ui.batch;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.dearmp.batch.run.BatchService;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.common.Windows;
import org.dearmp.ui.help.HelpDialog;
import org.dearmp.ui.help.HelpTopic;
import org.dearmp.ui.task.FxBackgroundExecutor;

/** The batch screen in its own window, opened from the main window's File menu. */
public final class BatchWindow {
    private BatchWindow() {
    }

    /**
     * @param batch the composition root's batch service, made when the window first needs it
     * @param dialogs the window's dialogs (tests answer them themselves)
     */
    public static Stage open(Window owner, Supplier<BatchService> batch, Function<Window, DialogService> dialogs) {
        Stage stage = Windows.of(owner).window(owner, Messages.get("ui.batch.windowTitle"), HelpDialog.opener(HelpTopic.BATCH));
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        BatchViewModel vm = new BatchViewModel(batch, dialogs.apply(stage), executor);
        BatchView view = new BatchView(vm);
        view.getStyleClass().add("app");
        Windows.of(owner).show(stage, view, 1040, 760);
        stage.setMinWidth(900);
        stage.setMinHeight(640);
        stage.setOnHidden(e -> executor.shutdown());
        stage.show();
        view.focusFirst();
        return stage;
    }
}
