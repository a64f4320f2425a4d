package org.dearmp.ui.templateeditor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.template.pack.PackManifest;
import org.dearmp.template.pack.PackedTemplate;
import org.dearmp.template.user.ImportPlan;
import org.dearmp.template.user.UserTemplate;
import org.dearmp.template.user.UserTemplateStore;
import org.dearmp.ui.common.Status;

/** The Templates screen's sharing: the user's templates out to a pack file, and a pack's templates in. */
public final class EditorPackModel {
    private final TemplateEditorViewModel.Services services;
    private final UserTemplateStore store;
    private final EditorFormModel form;
    private final EditorListModel list;
    private final ReadOnlyObjectWrapper<Status> status;

    EditorPackModel(TemplateEditorViewModel.Services services, EditorFormModel form, EditorListModel list,
                    ReadOnlyObjectWrapper<Status> status) {
        this.services = services;
        this.store = services.catalog().user();
        this.form = form;
        this.list = list;
        this.status = status;
    }

    /** Writes the chosen templates of the user's own into one pack file. */
    public PackManifest exportPack(List<TemplateItem> items, Path target, String organisation) {
        form.saveIfDirty();
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

    /** Reads and checks a pack without changing anything; the view shows the plan and asks. */
    public ImportPlan readPack(Path pack) {
        return store.plan(services.packReader().read(pack), String.valueOf(pack.getFileName()));
    }

    /** Imports a pack the user has seen; with {@code replace} false their templates with the same ids stay. */
    public List<String> importPack(ImportPlan plan, boolean replace) {
        form.saveIfDirty();
        List<String> written = store.apply(plan, replace);
        list.refresh();
        if (!written.isEmpty()) {
            list.select(written.get(0));
        }
        status.set(Status.success(Messages.get("ui.editor.status.imported", written.size())));
        return written;
    }
}
