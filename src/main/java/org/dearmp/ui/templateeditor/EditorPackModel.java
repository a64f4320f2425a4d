package org.dearmp.ui.templateeditor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.template.pack.PackFileNames;
import org.dearmp.template.pack.PackManifest;
import org.dearmp.template.pack.PackedTemplate;
import org.dearmp.template.user.ImportPlan;
import org.dearmp.template.user.UserTemplate;
import org.dearmp.template.user.UserTemplateStore;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.desktop.FileKind;

/** The Templates screen's sharing: the user's templates out to a pack file, and a pack's templates in. */
public final class EditorPackModel {
    private final TemplateEditorViewModel.Services services;
    private final UserTemplateStore store;
    private final EditorFormModel form;
    private final EditorListModel list;
    private final ReadOnlyObjectWrapper<Status> status;
    private final DialogService dialogs;

    /** What the user chose to share: some of their templates, as made by {@code organisation}. */
    public record ShareChoice(List<TemplateItem> templates, String organisation) {
        public ShareChoice {
            templates = List.copyOf(templates);
        }
    }

    EditorPackModel(TemplateEditorViewModel.Services services, EditorFormModel form, EditorListModel list,
                    ReadOnlyObjectWrapper<Status> status, DialogService dialogs) {
        this.services = services;
        this.store = services.catalog().user();
        this.form = form;
        this.list = list;
        this.status = status;
        this.dialogs = dialogs;
    }

    /** Asks where to save the pack of the templates chosen, and writes it there; empty when the user cancelled. */
    public Optional<PackManifest> share(ShareChoice choice) {
        List<TemplateItem> chosen = choice.templates();
        String name = PackFileNames.forNewPack(chosen.size() == 1 ? chosen.get(0).id() : "templates");
        return dialogs.chooseFileToSave(Messages.get("ui.editor.share.title"), FileKind.TEMPLATE_PACK, null, name)
                .map(target -> exportPack(chosen, PackFileNames.forSaving(target), choice.organisation()));
    }

    /**
     * Asks for a pack file, reads it, shows the user what it would add or replace, and imports it as they say;
     * nothing changes unless they say so.
     *
     * @return the ids of the templates written
     */
    public List<String> importPack() {
        Optional<Path> file = dialogs.chooseFileToOpen(Messages.get("ui.editor.import.title"), FileKind.TEMPLATE_PACK);
        return file.isEmpty() ? List.of() : importPack(file.get());
    }

    /**
     * Reads the pack {@code file} (one the user opened with Dear MP, or chose), shows what it would add or
     * replace, and imports it as they say: the same question as {@link #importPack()}.
     *
     * @return the ids of the templates written
     */
    public List<String> importPack(Path file) {
        ImportPlan plan = readPack(file);
        EditorQuestions.ImportDecision decision = EditorQuestions.confirmImport(dialogs, plan);
        if (decision == EditorQuestions.ImportDecision.CANCEL) {
            return List.of();
        }
        return importPack(plan, decision == EditorQuestions.ImportDecision.REPLACE);
    }

    /** Writes the chosen templates of the user's own into one pack file. */
    public PackManifest exportPack(List<TemplateItem> items, Path target, String organisation) {
        form.saveIfDirtyHere();
        List<PackedTemplate> packed = new ArrayList<>();
        for (TemplateItem item : items) {
            UserTemplate template = store.find(item.id()).orElseThrow(() -> new DearMpException(
                    Messages.get("template.unknownId", item.id(), "")));
            if (!template.usable()) {
                throw new DearMpException(Messages.get("template.pack.export.draft", item.title()));
            }
            packed.add(PackedTemplate.of(template.template().orElseThrow(), template.text(), template.basedOn()));
        }
        PackManifest manifest = services.packWriter().write(target, organisation, packed);
        store.rememberOrganisation(organisation);
        status.set(Status.success(
                Messages.get("ui.editor.status.exported", packed.size(), target.getFileName())));
        return manifest;
    }

    /** The organisation the user makes templates for (a copy's author), or empty while none is known. */
    public String organisation() {
        return store.organisation().orElse("");
    }

    /** Reads and checks a pack without changing anything. */
    public ImportPlan readPack(Path pack) {
        return store.plan(services.packReader().read(pack), String.valueOf(pack.getFileName()));
    }

    /** Imports a pack the user has seen; with {@code replace} false their templates with the same ids stay. */
    public List<String> importPack(ImportPlan plan, boolean replace) {
        form.saveIfDirtyHere();
        List<String> written = store.apply(plan, replace);
        list.refresh();
        if (!written.isEmpty()) {
            list.select(written.get(0));
        }
        status.set(Status.success(Messages.get("ui.editor.status.imported", written.size())));
        return written;
    }
}
