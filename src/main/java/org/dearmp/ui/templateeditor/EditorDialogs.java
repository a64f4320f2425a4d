package org.dearmp.ui.templateeditor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dearmp.template.user.ImportPlan;

/** The questions the Templates screen asks; tests answer them without windows. */
public interface EditorDialogs {

    /** What the user chose to share. */
    record ExportChoice(List<TemplateItem> templates, String organisation, Path target) {
        public ExportChoice {
            templates = List.copyOf(templates);
        }
    }

    enum ImportDecision {
        CANCEL, ONLY_NEW, REPLACE
    }

    boolean confirmDelete(String title);

    Optional<Path> chooseImportFile();

    Optional<ExportChoice> chooseExport(List<TemplateItem> shareable);

    /** As {@link #chooseExport(List)}, with the organisation box filled in with the one the user last gave. */
    default Optional<ExportChoice> chooseExport(List<TemplateItem> shareable, String organisation) {
        return chooseExport(shareable);
    }

    ImportDecision confirmImport(ImportPlan plan);

    void showComparison(TemplateEditorViewModel.Comparison comparison);

    void showError(Throwable error);
}
