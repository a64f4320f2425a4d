package org.dearmp.ui.templateeditor;

import org.dearmp.testsupport.Bundled;

import java.nio.file.Files;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.dearmp.ui.desktop.FxDialogService;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.user.TemplateCatalog;
import org.dearmp.ui.task.DelayDebouncer;

/**
 * Opens the Templates window on a scratch data folder, for looking at it (screenshots), not for tests. With
 * {@code -Ddemo.edit=true} it first makes a copy of a bundled template and edits it, leaving one mistake.
 */
public final class EditorDemo extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        AppDataFolder data = new AppDataFolder(Files.createTempDirectory("dear-mp-editor-demo"));
        TemplateCatalog catalog = Bundled.catalog(data);
        TemplateEditorViewModel vm = new TemplateEditorViewModel(TemplateEditorWindow.services(catalog,
                new ParliamentRepository(data).bundled(), new DelayDebouncer(TemplateEditorWindow.CHECK_DELAY),
                Platform::runLater, new org.dearmp.ui.task.CallingThreadExecutor(), Clock.systemDefaultZone()), new FxDialogService(stage));
        if (Boolean.getBoolean("demo.edit")) {
            vm.list().select("visit-local-projects");
            vm.list().duplicate();
            vm.form().titleProperty().set("Visit the Leeds drop-in with us");
            vm.form().askProperty().set("Will you visit the drop-in on Mill Street with me before the end of March?");
            vm.form().save();
            vm.form().bodyProperty().set(vm.form().bodyProperty().get().replaceFirst("\\{\\{constituency.name}}",
                    "{{constituency.nmae}}"));
            vm.preview().mpSearchProperty().set("Ynys");
            vm.preview().previewMpProperty().set(vm.preview().mps().get(0));
            vm.form().recheckNow();
        }
        TemplateEditorView view = new TemplateEditorView(vm);
        stage.setTitle(org.dearmp.i18n.Messages.get("ui.editor.window.title"));
        stage.setScene(new Scene(view.root(), Integer.getInteger("demo.width", 1280), Integer.getInteger("demo.height", 800)));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        // -Ddemo.dialog=compare|import opens that dialog over the window, to look at it.
        String dialog = System.getProperty("demo.dialog", "");
        if (dialog.equals("compare")) {
            Platform.runLater(() -> CompareDialog.show(stage, vm.compare().orElseThrow()));
        } else if (dialog.equals("import")) {
            vm.form().bodyProperty().set(vm.form().bodyProperty().get().replace("{{constituency.nmae}}", "{{constituency.name}}"));
            vm.form().save();
            java.nio.file.Path pack = data.root().resolve("leeds.dearmp");
            vm.pack().exportPack(vm.list().shareable(), pack, "Leeds Anti-Trafficking Network");
            Platform.runLater(() -> EditorQuestions.confirmImport(new FxDialogService(stage), vm.pack().readPack(pack)));
        }
    }

    /** Started through a class that is not an Application, as JavaFX on the class path requires. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(EditorDemo.class, args);
        }
    }
}
