package org.dearmp.ui;

import org.dearmp.testsupport.AcceptanceTestBase;

import org.dearmp.ui.shell.DearMpApp;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dearmp.i18n.Messages;
import org.dearmp.template.Placeholders;
import org.dearmp.ui.services.TemplateChoice;
import org.dearmp.ui.wizard.Step;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 6's acceptance, in the real app: from the main window's menu a campaigner opens Templates, duplicates a
 * bundled template, changes the ask, inserts a placeholder from the palette, sees the preview change and saves;
 * then the letter wizard offers the new template and writes a letter from it.
 */
class TemplateEditorInWizardAcceptanceTest extends AcceptanceTestBase {
    private static final String NEW_ASK = "Will you meet me at your next surgery to talk about trafficking in our town?";

    @Test
    @SuppressWarnings("unchecked")
    void aTemplateMadeInTheEditorIsUsedInTheLetterWizard() throws Exception {
        DearMpApp app = start();

        robot.clickOn(Messages.get("ui.menu.file").replace("_", ""));
        robot.clickOn(Messages.get("ui.editor.menu.open").replace("_", ""));
        waitUntil(() -> robot.lookup("#template-editor").tryQuery().isPresent());

        robot.clickOn("Stronger laws and sentences for traffickers");
        robot.clickOn("#editor-duplicate");
        TextArea ask = robot.lookup("#editor-ask").queryAs(TextArea.class);
        waitUntil(ask::isEditable);
        robot.clickOn(ask);
        robot.interact(ask::selectAll);
        robot.write(NEW_ASK);
        TextArea preview = robot.lookup("#editor-preview").queryAs(TextArea.class);
        // Read on the FX thread: the preview's text is replaced there while this test waits for it.
        waitUntil(() -> WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<String>) preview::getText).get().contains(NEW_ASK));

        TextArea body = robot.lookup("#editor-body").queryAs(TextArea.class);
        String before = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<String>) preview::getText).get();
        robot.interact(() -> {
            body.requestFocus();
            body.positionCaret(0);
        });
        robot.clickOn("#editor-palette");
        robot.clickOn(Messages.get("ui.editor.palette.item", "{{mp.name}}",
                Placeholders.find("mp.name").orElseThrow().description()));
        waitUntil(() -> !WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<String>) preview::getText).get().equals(before));
        assertThat(body.getText()).startsWith("{{mp.name}}");

        robot.clickOn("#editor-save");
        waitUntil(() -> robot.lookup("#editor-status").queryAs(Label.class).getText().startsWith("\u2713 Saved"));
        Stage editor = (Stage) robot.lookup("#template-editor").query().getScene().getWindow();
        robot.interact(editor::close);

        robot.clickOn("#postcode-field").write("sw1a 0aa");
        waitUntil(() -> robot.lookup("#postcode-message").queryAs(Label.class).getText()
                .contains("Cities of London and Westminster"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> app.wizard().stepProperty().get() == Step.MP);
        robot.clickOn("#next");
        waitUntil(() -> app.wizard().stepProperty().get() == Step.TEMPLATE);

        ListView<?> templates = robot.lookup("#template-list").queryAs(ListView.class);
        assertThat(templates.getItems()).extracting(item -> ((TemplateChoice) item).title())
                .contains("Stronger laws and sentences for traffickers (copy)");
        robot.interact(() -> ((ListView<Object>) templates).scrollTo(templates.getItems().stream()
                .filter(item -> ((TemplateChoice) item).id().equals("stronger-laws-copy")).findFirst().orElseThrow()));
        Node copy = robot.lookup("#template-list .list-cell").match((javafx.scene.control.ListCell<?> cell) ->
                cell.getItem() instanceof TemplateChoice choice && choice.id().equals("stronger-laws-copy")).query();
        robot.clickOn(copy);
        waitUntil(() -> app.wizard().templates().selectedProperty().get() != null);
        assertThat(app.wizard().templates().selectedProperty().get().ask()).isEqualTo(NEW_ASK);
        robot.clickOn("#next");
        waitUntil(() -> app.wizard().stepProperty().get() == Step.LETTER);

        waitUntil(() -> app.wizard().letter().previewTextProperty().get().contains(NEW_ASK));
        assertThat(app.wizard().letter().previewTextProperty().get()).contains("Rachel BlakeI live in");
    }
}
