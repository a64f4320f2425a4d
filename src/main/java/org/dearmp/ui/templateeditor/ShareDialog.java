package org.dearmp.ui.templateeditor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.DialogButtons;
import org.dearmp.ui.common.Windows;

/** Share templates: which of the user's own to put in the pack, and the organisation they come from. */
public final class ShareDialog {
    private ShareDialog() {
    }

    /** Which templates to share and as whose; empty when the user cancelled. */
    public static Optional<EditorPackModel.ShareChoice> ask(Window owner, List<TemplateItem> shareable,
                                                          String knownOrganisation) {
        Dialog<ButtonType> dialog = Windows.dialog(new Dialog<>(), owner);
        dialog.getDialogPane().setId("editor-share-dialog");
        dialog.setTitle(Messages.get("ui.editor.share.title"));
        ButtonType save = new ButtonType(Messages.get("ui.editor.share.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(DialogButtons.cancel(), save);
        VBox content = new VBox(8, Controls.text("share-intro", Messages.get("ui.editor.share.intro")));
        List<CheckBox> boxes = new ArrayList<>();
        if (shareable.isEmpty()) {
            content.getChildren().add(Controls.text("share-none", Messages.get("ui.editor.share.none"), "notice"));
            dialog.getDialogPane().lookupButton(save).setDisable(true);
        } else {
            content.getChildren().add(Controls.text("share-templates-label", Messages.get("ui.editor.share.templates")));
            for (TemplateItem item : shareable) {
                CheckBox box = new CheckBox(item.title());
                box.setId("share-" + item.id());
                box.setMnemonicParsing(false);
                box.setSelected(true);
                box.setUserData(item);
                boxes.add(box);
                content.getChildren().add(box);
            }
        }
        TextField organisation = Controls.field("share-organisation", "ui.editor.share.organisation.prompt");
        organisation.setText(knownOrganisation);
        content.getChildren().addAll(Controls.labelFor("share-organisation-label", "ui.editor.share.organisation",
                organisation), organisation);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        if (dialog.showAndWait().filter(save::equals).isEmpty()) {
            return Optional.empty();
        }
        List<TemplateItem> chosen = boxes.stream().filter(CheckBox::isSelected)
                .map(b -> (TemplateItem) b.getUserData()).toList();
        return Optional.of(new EditorPackModel.ShareChoice(chosen, organisation.getText()));
    }
}
