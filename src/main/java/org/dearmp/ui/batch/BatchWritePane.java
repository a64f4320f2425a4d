package org.dearmp.ui.batch;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dearmp.i18n.Messages;
import org.dearmp.template.LetterTemplate;
import org.dearmp.ui.common.Controls;

/** The batch screen's write section: the template, the folder, the sender, then writing with progress and Cancel. */
final class BatchWritePane {
    private final BatchViewModel vm;
    private final Button write;
    private final Button chooseFolder;

    BatchWritePane(BatchViewModel vm) {
        this.vm = vm;
        write = Controls.button("batch-write", "ui.batch.write.run", e -> vm.write());
        chooseFolder = Controls.button("batch-choose-folder", "ui.batch.folder.choose", e -> vm.chooseOutputFolder());
    }

    /** Once every row is decided: Write letters, or the folder first while there is none to write to. */
    Node nextAfterDecisions() {
        return vm.canWriteProperty().get() ? write : chooseFolder;
    }

    VBox build() {
        ComboBox<LetterTemplate> template = new ComboBox<>(vm.templates());
        template.setId("batch-template");
        template.valueProperty().bindBidirectional(vm.templateProperty());
        template.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LetterTemplate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.title());
            }
        });
        template.setButtonCell(template.getCellFactory().call(null));
        Label templateLabel = Controls.labelFor("batch-template-label", "ui.batch.write.template", template);

        Label folder = Controls.text("batch-folder", "");
        folder.textProperty().bind(Bindings.createStringBinding(() -> vm.outputFolderProperty().get() == null
                ? Messages.get("ui.batch.folder.none") : vm.outputFolderProperty().get().toString(), vm.outputFolderProperty()));
        chooseFolder.setAccessibleText(Messages.get("ui.batch.folder.accessible"));
        TextField org = Controls.field("batch-sender-org", "ui.batch.write.orgPrompt");
        org.textProperty().bindBidirectional(vm.senderOrgProperty());
        Label orgLabel = Controls.labelFor("batch-sender-org-label", "ui.batch.write.org", org);
        CheckBox duplex = new CheckBox(Messages.get("ui.batch.write.duplex"));
        duplex.setId("batch-duplex");
        duplex.setMnemonicParsing(true);
        duplex.setAccessibleText(Controls.plain(duplex.getText()));
        duplex.selectedProperty().bindBidirectional(vm.duplexProperty());

        write.disableProperty().bind(vm.canWriteProperty().not());
        write.setDefaultButton(true);
        Button cancel = Controls.button("batch-cancel", "ui.batch.write.cancel", e -> vm.cancel());
        // Only while letters are being written: a finished run has nothing to cancel, and its Alt+R opens the print file.
        Controls.showWhen(cancel, vm.writingProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("batch-progress");
        bar.setAccessibleText(Messages.get("ui.batch.write.progressAccessible"));
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Controls.showWhen(bar, vm.busyProperty());
        Label progress = Controls.text("batch-progress-text", "");
        progress.textProperty().bind(vm.progressTextProperty());
        Controls.showWhen(progress, vm.busyProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.setHgap(12);
        form.setVgap(6);
        HBox folderRow = new HBox(folder, chooseFolder);
        folderRow.getStyleClass().add("row");
        Label folderLabel = Controls.labelFor("batch-folder-label", "ui.batch.folder.label", chooseFolder);
        form.addRow(0, templateLabel, template);
        form.addRow(1, folderLabel, folderRow);
        form.addRow(2, orgLabel, org);
        form.add(duplex, 1, 3);
        HBox actions = new HBox(write, cancel);
        actions.getStyleClass().add("row");
        VBox section = BatchSection.of("batch-write-section", "ui.batch.section.write", form, actions, bar, progress);
        Controls.showWhen(section, vm.checkProperty().isNotNull());
        return section;
    }
}
