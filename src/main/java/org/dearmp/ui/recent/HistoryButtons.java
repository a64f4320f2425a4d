package org.dearmp.ui.recent;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.dearmp.i18n.Messages;
import org.dearmp.userdata.SavedLetter;

/** Recent letters' "Record reply..." and "Follow up..." for a letter that went. */
final class HistoryButtons {
    private HistoryButtons() {
    }

    static void add(Dialog<ButtonType> dialog, RecentLettersViewModel vm, FollowUpPrompt prompt) {
        ButtonType reply = new ButtonType(Messages.get("ui.recent.reply"), ButtonBar.ButtonData.OTHER);
        ButtonType followUp = new ButtonType(Messages.get("ui.recent.followUp"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(reply, followUp);
        wire(dialog, vm, reply, "recent-reply", letter -> prompt.recordReply(letter));
        wire(dialog, vm, followUp, "recent-follow-up", letter -> prompt.followUp(letter));
    }

    /** The dialog stays open unless a follow-up is now on screen to be written. */
    private static void wire(Dialog<ButtonType> dialog, RecentLettersViewModel vm, ButtonType type, String id,
                             java.util.function.Predicate<SavedLetter> action) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.disableProperty().bind(vm.sentSelectedBinding().not());
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            SavedLetter letter = vm.selectedProperty().get();
            if (letter == null) {
                return;
            }
            if (action.test(letter)) {
                dialog.close();
            } else {
                vm.refresh();
            }
        });
    }
}
