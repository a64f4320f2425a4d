package org.dearmp.ui.editor;

import java.nio.file.Files;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.user.TemplateCatalog;

/** Opens the Templates window on a scratch data folder, for looking at it (screenshots), not for tests. */
public final class EditorDemo extends Application {
    @Override
    public void start(Stage ignored) throws Exception {
        AppDataFolder data = new AppDataFolder(Files.createTempDirectory("dear-mp-editor-demo"));
        TemplateCatalog catalog = TemplateEditorWindow.catalog(data);
        Stage stage = TemplateEditorWindow.show(null, catalog, new ParliamentRepository(data).bundled(), Platform::exit);
        stage.setX(0);
        stage.setY(0);
    }

    /** Started through a class that is not an Application, as JavaFX on the class path requires. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(EditorDemo.class, args);
        }
    }

}
