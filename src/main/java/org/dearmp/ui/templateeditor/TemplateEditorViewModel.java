package org.dearmp.ui.templateeditor;

import java.time.Clock;
import java.util.List;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.dearmp.letter.LetterComposer;
import org.dearmp.parliament.Parliament;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateFileCodec;
import org.dearmp.template.pack.TemplatePackReader;
import org.dearmp.template.pack.TemplatePackWriter;
import org.dearmp.template.user.LineDiff;
import org.dearmp.template.user.TemplateCatalog;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.task.BackgroundExecutor;
import org.dearmp.ui.task.Debouncer;

/**
 * The Templates screen: the {@link #list() list}, the {@link #form() form} for one template with its problems
 * as the user types, a live {@link #preview() preview} with a real MP, and {@link #pack() sharing}. Never
 * touches a Node; the view binds to the parts' properties and calls their commands. This class only wires
 * them together: choosing another template keeps the form's changes and loads the new one.
 */
public final class TemplateEditorViewModel {

    /** What the screen works with. */
    public record Services(TemplateCatalog catalog, Parliament parliament, LetterComposer composer,
                           TemplatePackReader packReader, TemplatePackWriter packWriter, Debouncer debouncer,
                           Executor uiThread, BackgroundExecutor executor, Clock clock) {
        public Services {
            Objects.requireNonNull(catalog);
            Objects.requireNonNull(parliament);
            Objects.requireNonNull(composer);
            Objects.requireNonNull(packReader);
            Objects.requireNonNull(packWriter);
            Objects.requireNonNull(debouncer);
            Objects.requireNonNull(uiThread);
            Objects.requireNonNull(executor);
            Objects.requireNonNull(clock);
        }
    }

    /** A comparison for the compare window. */
    public record Comparison(String originalTitle, String title, List<LineDiff.Line> lines) {
        public boolean identical() {
            return LineDiff.identical(lines);
        }
    }

    private final Services services;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.NONE);
    private final EditorPreviewModel preview;
    private final EditorFormModel form;
    private final EditorListModel list;
    private final EditorPackModel pack;
    private final DialogService dialogs;
    private final EditorWrites writes;
    /** True while the selection goes back to a template whose changes could not be kept: nothing to save or read. */
    private boolean returning;
    /** True from a close asked for until the window goes, or a save before it fails. */
    private boolean closing;

    /** @param dialogs the questions the screen asks, and how it shows what went wrong */
    public TemplateEditorViewModel(Services services, DialogService dialogs) {
        this.services = Objects.requireNonNull(services);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.writes = new EditorWrites(services.executor(), status, dialogs);
        this.preview = new EditorPreviewModel(services, this::recheckNow);
        this.form = new EditorFormModel(services, preview, status, this::selectedBundled, this::showList, writes);
        this.list = new EditorListModel(services, form, status, writes);
        this.pack = new EditorPackModel(services, form, list, status, dialogs);

        list.selectedProperty().addListener((obs, old, now) -> {
            if (returning || list.refreshing() || (old != null && now != null && old.id().equals(now.id()))) {
                return;
            }
            if (old != null && form.unsaved()) {
                // Never lose what was typed: moving to another template keeps the changes as saved (a draft
                // if they do not check yet).
                form.saveQuietly(old, this::backTo);
            }
            if (writes.busy()) {
                // Read once the writes are done, so a template saved a moment ago is never read as it was before.
                form.load(null);
                writes.afterAll(() -> {
                    if (list.selectedProperty().get() == now) {
                        form.load(now);
                    }
                });
            } else {
                form.load(now);
            }
        });
        preview.listen();
        list.refresh();
        list.selectFirst();
    }

    /**
     * The changes typed in a template could not be kept as the form left it: back to it, with them, not saved
     * (without reading it again: what could not be written may not read either).
     */
    private void backTo(EditorFormModel.Left left) {
        returning = true;
        try {
            list.select(left.id());
        } finally {
            returning = false;
        }
        TemplateItem selected = list.selectedProperty().get();
        if (selected != null && selected.id().equals(left.id())) {
            form.restore(left);
        }
    }

    /** The templates, the search and the selection; duplicate, new and delete. */
    public EditorListModel list() {
        return list;
    }

    /** The selected template's header fields and letter, its problems, save and revert. */
    public EditorFormModel form() {
        return form;
    }

    /** The sample writer, the MP and the letter they would get. */
    public EditorPreviewModel preview() {
        return preview;
    }

    /** Sharing templates as a pack file, and importing one. */
    public EditorPackModel pack() {
        return pack;
    }

    /** Runs a command of the screen; if it fails, the user is told what went wrong. */
    public void run(Runnable command) {
        try {
            command.run();
        } catch (RuntimeException e) {
            dialogs.showError(e);
        }
    }

    /** Deletes the selected template, once the user has said so. */
    public void deleteSelected() {
        run(() -> list.deleteSelected(dialogs));
    }

    /** Chooses a pack file and imports it as the user says, having shown them what it holds. */
    public void importPack() {
        if (!writes.busy()) {
            run(pack::importPack);
        }
    }

    /** Imports the pack {@code file} the app was opened with, as the user says, having shown them what it holds. */
    public void importPack(Path file) {
        // Once the writes under way are done: the import saves the form first, here, and reads what is saved.
        writes.afterAll(() -> run(() -> pack.importPack(file)));
    }

    /** True while the screen is writing (a save, a new template, a copy, a deletion): its commands wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return writes.busyProperty();
    }

    /**
     * The user asked to close the window: the changes not saved yet are saved first, in the background, and
     * {@code close} runs once everything is written. If the save fails the window stays open with what was typed,
     * and the status line says why.
     */
    public void closeWhenSaved(Runnable close) {
        if (closing) {
            return;
        }
        closing = true;
        if (form.unsaved()) {
            form.saveNow();
        }
        writes.afterAll(() -> {
            closing = false;
            if (!form.unsaved()) {
                close.run();
            }
        });
    }

    /**
     * The window has gone without asking (the app is quitting): the changes not saved yet, and every write still
     * waiting, are written now, on this thread, before the app's threads stop.
     */
    public void closeNow() {
        if (form.unsaved()) {
            form.saveNow();
        }
        writes.finishNow();
    }

    /** What the last command did, for the status line. */
    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The bundled original's file against the form as it is now; empty when there is no original. */
    public Optional<Comparison> compare() {
        TemplateItem item = list.selectedProperty().get();
        if (item == null || item.basedOn().isEmpty()) {
            return Optional.empty();
        }
        Optional<LetterTemplate> original = services.catalog().bundled().find(item.basedOn());
        return original.map(o -> new Comparison(o.title(), form.titleProperty().get(),
                LineDiff.compare(TemplateFileCodec.write(o), form.fields().toText())));
    }

    private void recheckNow() {
        form.recheckNow();
    }

    private void showList(List<TemplateItem> items) {
        list.show(items);
    }

    private boolean selectedBundled() {
        TemplateItem item = list == null ? null : list.selectedProperty().get();
        return item != null && item.bundled();
    }
}
