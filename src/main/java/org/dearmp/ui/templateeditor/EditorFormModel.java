package org.dearmp.ui.templateeditor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.Placeholder;
import org.dearmp.template.Placeholders;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateFields;
import org.dearmp.template.TemplateFields.SourceFields;
import org.dearmp.template.TemplateFileCodec;
import org.dearmp.template.TemplateProblem;
import org.dearmp.template.user.TemplateVersion;
import org.dearmp.template.user.UserTemplate;
import org.dearmp.template.user.UserTemplateStore;
import org.dearmp.ui.common.Status;

/**
 * The Templates screen's form for one template: its header fields and letter, whether it has changed since
 * it was saved, its problems as the user types, save and revert, and the version a save gives it.
 */
public final class EditorFormModel {
    private final TemplateEditorViewModel.Services services;
    private final UserTemplateStore store;
    private final TemplateChecker checker;
    private final EditorPreviewModel preview;
    private final ReadOnlyObjectWrapper<Status> status;
    private final BooleanSupplier selectedBundled;
    private final Consumer<List<TemplateItem>> saved;
    private final EditorWrites writes;

    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper authorship = new ReadOnlyStringWrapper("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty ask = new SimpleStringProperty("");
    private final StringProperty prompts = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty sources = new SimpleStringProperty("");
    private final StringProperty minOwnWords = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private String version = "";
    private String author = "";
    private String askKind = "";
    /** The letter's language as the file writes it: "" for English, "cy" for Welsh. */
    private final StringProperty language = new SimpleStringProperty("");
    private String campaign = "";

    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canCompare = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<Highlight> highlights = FXCollections.observableArrayList();

    /** The text last saved (or, for a bundled template, as shipped): what Revert goes back to. */
    private String savedText = "";
    private boolean loading;

    /**
     * {@code selectedBundled} tells whether the list's selection is a bundled template; {@code saved} is given the
     * list as it is after each save (read with the save, off the FX thread).
     */
    EditorFormModel(TemplateEditorViewModel.Services services, EditorPreviewModel preview,
                    ReadOnlyObjectWrapper<Status> status, BooleanSupplier selectedBundled,
                    Consumer<List<TemplateItem>> saved, EditorWrites writes) {
        this.services = services;
        this.store = services.catalog().user();
        this.checker = store.checker();
        this.preview = preview;
        this.status = status;
        this.selectedBundled = selectedBundled;
        this.saved = saved;
        this.writes = writes;
        Stream.of(title, summary, subject, ask, prompts, tags, sources, minOwnWords, language, body)
                .forEach(p -> p.addListener((obs, o, n) -> changed()));
    }

    public ReadOnlyStringProperty idProperty() {
        return id.getReadOnlyProperty();
    }

    /** "2, by Leeds Anti-Trafficking Network": the version and author the file has, as last saved or loaded. */
    public ReadOnlyStringProperty authorshipProperty() {
        return authorship.getReadOnlyProperty();
    }

    /** The letter's language: "" for English (the default), "cy" for Welsh. */
    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty askProperty() {
        return ask;
    }

    /** One prompt a line. */
    public StringProperty promptsProperty() {
        return prompts;
    }

    /** Comma-separated. */
    public StringProperty tagsProperty() {
        return tags;
    }

    /** One source a line: "title | web address | publisher". */
    public StringProperty sourcesProperty() {
        return sources;
    }

    public StringProperty minOwnWordsProperty() {
        return minOwnWords;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCompareProperty() {
        return canCompare.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors.getReadOnlyProperty();
    }

    public ObservableList<ProblemRow> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    public ObservableList<Highlight> highlights() {
        return FXCollections.unmodifiableObservableList(highlights);
    }

    /** The placeholders the palette offers, with what each prints. */
    public List<Placeholder> palette() {
        return Placeholders.ALL;
    }

    /**
     * Saves the form atomically, as a draft when it has errors, in the background; nothing is done while another
     * write is under way (a second click is not a second save). If it cannot be saved, the form keeps what was
     * typed and the status line says why.
     */
    public void save() {
        if (!writes.busy()) {
            saveNow();
        }
    }

    /** Saves the form after the writes before it, whatever else is under way. */
    void saveNow() {
        if (!editable.get()) {
            return;
        }
        String saveId = id.get();
        String saveTitle = title.get();
        String versionBefore = version;
        String text = textToSave();
        writes.submit(Messages.get("ui.editor.status.saving"),
                progress -> new Saved(store.save(saveId, text), EditorListModel.read(services)), done -> {
                    // The form may show another template by now: only its own save changes what it compares with.
                    if (id.get().equals(saveId)) {
                        savedText = done.template().text();
                        recheckNow();
                    }
                    saved.accept(done.items());
                    long errors = done.template().problems().stream().filter(TemplateProblem::isError).count();
                    status.set(errors == 0 ? Status.success(Messages.get("ui.editor.status.saved", saveTitle))
                            : Status.note(Messages.get("ui.editor.status.savedDraft", saveTitle, errors)));
                }, () -> {
                    // Not saved: the next save is still one version on from the file's.
                    if (id.get().equals(saveId)) {
                        version = versionBefore;
                    }
                }, reason -> Messages.get("ui.editor.status.notSaved", reason));
    }

    /** A template saved, and the list as it is after the save. */
    private record Saved(UserTemplate template, List<TemplateItem> items) {
    }

    /** Goes back to the text last saved. */
    public void revert() {
        fill(TemplateFields.fromText(savedText).orElse(fields()));
        recheckNow();
        status.set(Status.success(Messages.get("ui.editor.status.reverted")));
    }

    /** Checks the form and renders the preview now, instead of after the typing pause. */
    public void recheckNow() {
        TemplateFields fields = fields();
        String text = fields.toText();
        TemplateChecker.Result result = checker.check(text, id.get() + ".txt", selectedBundled.getAsBoolean());
        int bodyFirstLine = fields.bodyFirstLine();
        problems.setAll(result.problems().stream().map(p -> row(p, text, bodyFirstLine, fields.body())).toList());
        hasErrors.set(result.hasErrors());
        highlights.setAll(FormText.highlight(fields.body()));
        authorship.set(id.get().isEmpty() ? "" : author.isEmpty() ? Messages.get("ui.editor.authorship.noAuthor", version)
                : Messages.get("ui.editor.authorship", version, author));
        dirty.set(editable.get() && !text.equals(savedText));
        preview.show(result.template());
    }

    /** The form as fields, exactly as typed. */
    TemplateFields fields() {
        List<SourceFields> sourceList = FormText.lines(sources.get()).stream().map(FormText::parseSource)
                .toList();
        List<String> tagList = Arrays.stream(tags.get().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        return new TemplateFields(id.get(), title.get(), summary.get(), subject.get(), ask.get(),
                FormText.lines(prompts.get()), tagList, sourceList, minOwnWords.get(), version, author, body.get(), askKind,
                language.get(), campaign);
    }

    /** A copy is the user's own: their organisation as author, version 1. */
    static TemplateFields asCopy(TemplateFields f, String newId, String newTitle, String newAuthor) {
        return new TemplateFields(newId, newTitle, f.summary(), f.subject(), f.ask(), f.prompts(), f.tags(),
                f.sources(), f.minOwnWords(), TemplateVersion.FIRST, newAuthor, f.body(), f.askKind(),
                f.language(), f.campaign());
    }

    /** True when the form has changes a save would keep. */
    boolean unsaved() {
        return dirty.get() && editable.get();
    }

    void saveIfDirty() {
        if (unsaved()) {
            saveNow();
        }
    }

    /**
     * As {@link #saveIfDirty}, here and now, for what reads the saved file straight after (sharing a pack);
     * the screen calls it only while no other write is under way.
     */
    void saveIfDirtyHere() {
        if (unsaved()) {
            UserTemplate result = store.save(id.get(), textToSave());
            savedText = result.text();
            recheckNow();
        }
    }

    /** Forgets the changes without saving them (the template is going away). */
    void markClean() {
        dirty.set(false);
    }

    /** What the form held for a template it left: enough to go back to it, as typed, without reading it again. */
    record Left(String id, String savedText, boolean canCompare, TemplateFields typed) {
    }

    /**
     * Keeps the changes to {@code item} (which the form is leaving) as saved, a draft if they do not check yet,
     * without asking: in the background, after the writes before it. If they cannot be kept, {@code notKept}
     * gets the form as it was left.
     */
    void saveQuietly(TemplateItem item, Consumer<Left> notKept) {
        Left left = new Left(id.get(), savedText, canCompare.get(), fields());
        String text = textToSave();
        dirty.set(false);
        writes.submit(Messages.get("ui.editor.status.saving"), progress -> store.save(item.id(), text),
                done -> status.set(Status.success(Messages.get("ui.editor.status.keptChanges", item.title()))),
                () -> notKept.accept(left), reason -> Messages.get("ui.editor.status.changesNotKept", item.title(), reason));
    }

    /** Puts a template the form left back in it, as typed and not saved: its changes could not be kept. */
    void restore(Left left) {
        loading = true;
        try {
            savedText = left.savedText();
            fill(left.typed());
            editable.set(true);
            canCompare.set(left.canCompare());
            id.set(left.id());
        } finally {
            loading = false;
        }
        preview.clear();
        recheckNow();
    }

    void load(TemplateItem item) {
        loading = true;
        try {
            if (item == null) {
                id.set("");
                editable.set(false);
                canCompare.set(false);
                savedText = "";
                fill(new TemplateFields("", "", "", "", "", List.of(), List.of(), List.of(), "", "", "", ""));
            } else if (item.bundled()) {
                LetterTemplate template = services.catalog().bundled().require(item.id());
                savedText = TemplateFileCodec.write(template);
                fill(TemplateFields.of(template));
                editable.set(false);
                canCompare.set(false);
                status.set(Status.note(Messages.get("ui.editor.status.bundled")));
            } else {
                UserTemplate template = store.find(item.id()).orElseThrow(() -> new DearMpException(
                        Messages.get("template.unknownId", item.id(), "")));
                savedText = template.text();
                Optional<TemplateFields> fields = TemplateFields.fromText(template.text());
                fill(fields.orElseGet(() -> new TemplateFields(item.id(), item.title(), "", "", "", List.of(),
                        List.of(), List.of(), "", "", "", template.text())));
                editable.set(true);
                canCompare.set(!item.basedOn().isEmpty());
                status.set(fields.isPresent() ? Status.NONE
                        : Status.failure(Messages.get("ui.editor.status.unreadableHeader")));
            }
            id.set(item == null ? "" : item.id());
        } finally {
            loading = false;
        }
        preview.clear();
        recheckNow();
    }

    private void changed() {
        if (loading) {
            return;
        }
        if (editable.get() && !dirty.get()) {
            status.set(Status.note(Messages.get("ui.editor.status.unsaved")));
        }
        dirty.set(editable.get());
        preview.schedule();
    }

    private void fill(TemplateFields f) {
        boolean wasLoading = loading;
        loading = true;
        try {
            title.set(f.title());
            summary.set(f.summary());
            subject.set(f.subject());
            ask.set(f.ask());
            prompts.set(String.join("\n", f.prompts()));
            tags.set(String.join(", ", f.tags()));
            sources.set(String.join("\n", f.sources().stream().map(FormText::sourceLine).toList()));
            minOwnWords.set(f.minOwnWords());
            body.set(f.body().endsWith("\n") ? f.body().substring(0, f.body().length() - 1) : f.body());
            version = f.version();
            author = f.author();
            askKind = f.askKind();
            language.set(f.language());
            campaign = f.campaign();
        } finally {
            loading = wasLoading;
        }
    }

    /** The form's text, one version on from the saved one when it changes anything. */
    private String textToSave() {
        if (!fields().toText().equals(savedText)) {
            version = TemplateVersion.next(version);
        }
        return fields().toText();
    }

    private ProblemRow row(TemplateProblem problem, String text, int bodyFirstLine, String bodyText) {
        if (problem.line() >= bodyFirstLine) {
            int bodyLine = problem.line() - bodyFirstLine + 1;
            return new ProblemRow(problem, null, bodyLine, problem.column(),
                    FormText.offset(bodyText, bodyLine, problem.column()));
        }
        return new ProblemRow(problem, FormText.fieldAt(text, problem.line()), 0, 0, -1);
    }
}
