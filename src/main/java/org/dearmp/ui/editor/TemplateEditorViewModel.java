package org.dearmp.ui.editor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.dearmp.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.LetterComposer;
import org.dearmp.letter.LetterRequest;
import org.dearmp.letter.PlainTextLetter;
import org.dearmp.letter.Sender;
import org.dearmp.parliament.Parliament;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.MustacheTags;
import org.dearmp.template.Placeholder;
import org.dearmp.template.Placeholders;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateFields;
import org.dearmp.template.TemplateFields.SourceFields;
import org.dearmp.template.TemplateFormat;
import org.dearmp.template.TemplateProblem;
import org.dearmp.template.pack.PackManifest;
import org.dearmp.template.pack.PackedTemplate;
import org.dearmp.template.pack.TemplatePackReader;
import org.dearmp.template.pack.TemplatePackWriter;
import org.dearmp.template.user.ImportPlan;
import org.dearmp.template.user.LineDiff;
import org.dearmp.template.user.TemplateCatalog;
import org.dearmp.template.user.TemplateVersion;
import org.dearmp.template.user.UserTemplate;
import org.dearmp.template.user.UserTemplateStore;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.task.Debouncer;

/**
 * The Templates screen: the list, the form for one template, its problems as the user types, a live preview
 * with a real MP, and save, revert, delete, compare and share. Never touches a Node; the view binds to the
 * properties and calls the commands. Checking and the preview run through the {@link Debouncer}, their
 * results land on the UI thread through {@code uiThread}.
 */
public final class TemplateEditorViewModel {

    /** What the screen works with. */
    public record Services(TemplateCatalog catalog, Parliament parliament, LetterComposer composer,
                           TemplatePackReader packReader, TemplatePackWriter packWriter, Debouncer debouncer,
                           Executor uiThread, Clock clock) {
        public Services {
            Objects.requireNonNull(catalog);
            Objects.requireNonNull(parliament);
            Objects.requireNonNull(composer);
            Objects.requireNonNull(packReader);
            Objects.requireNonNull(packWriter);
            Objects.requireNonNull(debouncer);
            Objects.requireNonNull(uiThread);
            Objects.requireNonNull(clock);
        }
    }

    private final Services services;
    private final UserTemplateStore store;
    private final TemplateChecker checker;

    private final ObservableList<TemplateItem> allTemplates = FXCollections.observableArrayList();
    private final FilteredList<TemplateItem> templates = new FilteredList<>(allTemplates);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<TemplateItem> selected = new SimpleObjectProperty<>();

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

    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canCompare = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<Highlight> highlights = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.NONE);

    private final ObservableList<MpChoice> allMps = FXCollections.observableArrayList();
    private final FilteredList<MpChoice> mps = new FilteredList<>(allMps);
    private final StringProperty mpSearch = new SimpleStringProperty("");
    private final ObjectProperty<MpChoice> previewMp = new SimpleObjectProperty<>();
    private final StringProperty senderName = new SimpleStringProperty("");
    private final StringProperty senderAddress = new SimpleStringProperty("");
    private final StringProperty senderPostcode = new SimpleStringProperty("");
    private final StringProperty points = new SimpleStringProperty("");
    private final StringProperty story = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LetterTemplate> checkedTemplate = new ReadOnlyObjectWrapper<>();

    /** The text last saved (or, for a bundled template, as shipped): what Revert goes back to. */
    private String savedText = "";
    private boolean loading;
    private boolean refreshing;

    public TemplateEditorViewModel(Services services) {
        this.services = Objects.requireNonNull(services);
        this.store = services.catalog().user();
        this.checker = store.checker();
        templates.predicateProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> item -> item.matches(search.get()), search));
        mps.predicateProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> choice -> choice.matches(mpSearch.get()), mpSearch));
        loadMps();
        senderName.set(Messages.get("letter.sample.name"));
        senderAddress.set(Messages.get("letter.sample.address1") + "\n" + Messages.get("letter.sample.address2"));
        senderPostcode.set(Messages.get("letter.sample.postcode"));
        points.set(String.join("\n", org.dearmp.letter.TypicalLetter.samplePoints()));
        story.set(org.dearmp.letter.TypicalLetter.sampleStory());

        selected.addListener((obs, old, now) -> {
            if (refreshing || (old != null && now != null && old.id().equals(now.id()))) {
                return;
            }
            if (old != null && dirty.get() && editable.get()) {
                // Never lose what was typed: moving to another template keeps the changes as saved (a draft
                // if they do not check yet).
                saveQuietly(old);
            }
            load(now);
        });
        Stream.of(title, summary, subject, ask, prompts, tags, sources, minOwnWords, body)
                .forEach(p -> p.addListener((obs, o, n) -> changed()));
        Stream.of(senderName, senderAddress, senderPostcode, points, story)
                .forEach(p -> p.addListener((obs, o, n) -> schedule()));
        previewMp.addListener((obs, o, n) -> schedule());
        refreshList();
        if (!templates.isEmpty()) {
            selected.set(templates.get(0));
        }
    }

    // --- the list ---------------------------------------------------------------------------------------

    public ObservableList<TemplateItem> templates() {
        return FXCollections.unmodifiableObservableList(templates);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<TemplateItem> selectedProperty() {
        return selected;
    }

    public void select(String templateId) {
        allTemplates.stream().filter(t -> t.id().equals(templateId)).findFirst().ifPresent(selected::set);
    }

    /** The user's templates that letter writers can use: the ones a pack may hold. */
    public List<TemplateItem> shareable() {
        return allTemplates.stream().filter(t -> !t.bundled() && !t.draft()).toList();
    }

    // --- the form ---------------------------------------------------------------------------------------

    public ReadOnlyStringProperty idProperty() {
        return id.getReadOnlyProperty();
    }

    /** "2, by Leeds Anti-Trafficking Network": the version and author the file has, as last saved or loaded. */
    public ReadOnlyStringProperty authorshipProperty() {
        return authorship.getReadOnlyProperty();
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

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The placeholders the palette offers, with what each prints. */
    public List<Placeholder> palette() {
        return Placeholders.ALL;
    }

    /** The template as last checked clean of errors (the preview's), or null. */
    public ReadOnlyObjectProperty<LetterTemplate> checkedTemplateProperty() {
        return checkedTemplate.getReadOnlyProperty();
    }

    // --- the preview ------------------------------------------------------------------------------------

    public ObservableList<MpChoice> mps() {
        return FXCollections.unmodifiableObservableList(mps);
    }

    public StringProperty mpSearchProperty() {
        return mpSearch;
    }

    public ObjectProperty<MpChoice> previewMpProperty() {
        return previewMp;
    }

    public StringProperty senderNameProperty() {
        return senderName;
    }

    /** One address line a line. */
    public StringProperty senderAddressProperty() {
        return senderAddress;
    }

    public StringProperty senderPostcodeProperty() {
        return senderPostcode;
    }

    /** One point a line. */
    public StringProperty pointsProperty() {
        return points;
    }

    public StringProperty storyProperty() {
        return story;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why the preview is out of date or missing, or empty. */
    public ReadOnlyStringProperty previewNoteProperty() {
        return previewNote.getReadOnlyProperty();
    }

    // --- commands ---------------------------------------------------------------------------------------

    /** Copies the selected template into the user's own, selects the copy and returns its id. */
    public String duplicate() {
        TemplateItem item = requireSelected();
        String newId;
        if (item.bundled()) {
            newId = store.duplicate(services.catalog().bundled().require(item.id())).id();
        } else {
            newId = store.freeId(item.id() + "-copy");
            TemplateFields copy = asCopy(fields(), newId, Messages.get("template.user.copyTitle", title.get()),
                    store.organisation().orElse(""));
            store.save(newId, copy.toText());
        }
        refreshList();
        select(newId);
        status.set(Status.success(Messages.get("ui.editor.status.duplicated", item.title())));
        return newId;
    }

    /** Starts a new template of the user's own, from a short outline, and selects it. */
    public String newTemplate() {
        saveIfDirty();
        String newId = store.freeId("my-template");
        TemplateFields outline = new TemplateFields(newId, Messages.get("ui.editor.new.title"), "", "", "",
                List.of(), List.of(), List.of(), "40", "1", "", Messages.get("ui.editor.new.body"));
        store.save(newId, outline.toText());
        refreshList();
        select(newId);
        status.set(Status.success(Messages.get("ui.editor.status.created")));
        return newId;
    }

    /** Saves the form atomically, as a draft when it has errors. */
    public void save() {
        if (!editable.get()) {
            return;
        }
        UserTemplate saved = store.save(id.get(), textToSave());
        savedText = saved.text();
        recheckNow();
        refreshListKeepingSelection();
        long errors = saved.problems().stream().filter(TemplateProblem::isError).count();
        status.set(errors == 0 ? Status.success(Messages.get("ui.editor.status.saved", title.get()))
                : Status.note(Messages.get("ui.editor.status.savedDraft", title.get(), errors)));
    }

    /** Goes back to the text last saved. */
    public void revert() {
        fill(TemplateFields.fromText(savedText).orElse(fields()));
        recheckNow();
        status.set(Status.success(Messages.get("ui.editor.status.reverted")));
    }

    /** Deletes the selected user template (the view has asked first). */
    public void delete() {
        TemplateItem item = requireSelected();
        if (item.bundled()) {
            return;
        }
        dirty.set(false);
        store.delete(item.id());
        refreshList();
        selected.set(templates.isEmpty() ? null : templates.get(0));
        status.set(Status.success(Messages.get("ui.editor.status.deleted", item.title())));
    }

    /** The bundled original's file against the form as it is now; empty when there is no original. */
    public Optional<Comparison> compare() {
        TemplateItem item = selected.get();
        if (item == null || item.basedOn().isEmpty()) {
            return Optional.empty();
        }
        Optional<LetterTemplate> original = services.catalog().bundled().find(item.basedOn());
        return original.map(o -> new Comparison(o.title(), title.get(),
                LineDiff.compare(TemplateFormat.write(o), fields().toText())));
    }

    /** A comparison for the compare window. */
    public record Comparison(String originalTitle, String title, List<LineDiff.Line> lines) {
        public boolean identical() {
            return LineDiff.identical(lines);
        }
    }

    /** Writes the chosen templates of the user's own into one pack file. */
    public PackManifest exportPack(List<TemplateItem> items, Path target, String organisation) {
        saveIfDirty();
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
        saveIfDirty();
        List<String> written = store.apply(plan, replace);
        refreshList();
        if (!written.isEmpty()) {
            select(written.get(0));
        }
        status.set(Status.success(Messages.get("ui.editor.status.imported", written.size())));
        return written;
    }

    /** Re-reads the list (after a save, or another window changed the folder), keeping the form as it is. */
    public void refreshListKeepingSelection() {
        refreshList();
    }

    /** Checks the form and renders the preview now, instead of after the typing pause. */
    public void recheckNow() {
        TemplateFields fields = fields();
        String text = fields.toText();
        TemplateChecker.Result result = checker.check(text, id.get() + ".txt", selectedBundled());
        int bodyFirstLine = fields.bodyFirstLine();
        problems.setAll(result.problems().stream().map(p -> row(p, text, bodyFirstLine, fields.body())).toList());
        hasErrors.set(result.hasErrors());
        highlights.setAll(FormText.highlight(fields.body()));
        authorship.set(id.get().isEmpty() ? "" : author.isEmpty() ? Messages.get("ui.editor.authorship.noAuthor", version)
                : Messages.get("ui.editor.authorship", version, author));
        dirty.set(editable.get() && !text.equals(savedText));
        result.template().ifPresentOrElse(template -> {
            checkedTemplate.set(template);
            previewNote.set("");
        }, () -> previewNote.set(Messages.get("ui.editor.preview.fixErrors")));
        renderPreview();
    }

    // --- inside -----------------------------------------------------------------------------------------

    private void changed() {
        if (loading) {
            return;
        }
        if (editable.get() && !dirty.get()) {
            status.set(Status.note(Messages.get("ui.editor.status.unsaved")));
        }
        dirty.set(editable.get());
        schedule();
    }

    private void schedule() {
        if (loading) {
            return;
        }
        services.debouncer().submit(() -> services.uiThread().execute(this::recheckNow));
    }

    private void renderPreview() {
        LetterTemplate template = checkedTemplate.get();
        MpChoice mp = previewMp.get();
        if (template == null || mp == null) {
            preview.set("");
            return;
        }
        try {
            Sender sender = new Sender(senderName.get(), FormText.lines(senderAddress.get()), senderPostcode.get(), "", "");
            LetterRequest request = LetterRequest.of(template, mp.member(), mp.constituency(), sender)
                    .withPoints(FormText.lines(points.get())).withStory(story.get())
                    .withDate(LocalDate.now(services.clock()));
            preview.set(PlainTextLetter.document(services.composer().compose(request)));
        } catch (DearMpException e) {
            previewNote.set(e.getMessage());
        }
    }

    private void load(TemplateItem item) {
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
                savedText = TemplateFormat.write(template);
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
        checkedTemplate.set(null);
        preview.set("");
        recheckNow();
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
        } finally {
            loading = wasLoading;
        }
    }

    /** The form as fields, exactly as typed. */
    TemplateFields fields() {
        List<SourceFields> sourceList = FormText.lines(sources.get()).stream().map(FormText::parseSource)
                .toList();
        List<String> tagList = Arrays.stream(tags.get().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        return new TemplateFields(id.get(), title.get(), summary.get(), subject.get(), ask.get(),
                FormText.lines(prompts.get()), tagList, sourceList, minOwnWords.get(), version, author, body.get(), askKind);
    }

    /** A copy is the user's own: their organisation as author, version 1. */
    private static TemplateFields asCopy(TemplateFields f, String newId, String newTitle, String newAuthor) {
        return new TemplateFields(newId, newTitle, f.summary(), f.subject(), f.ask(), f.prompts(), f.tags(),
                f.sources(), f.minOwnWords(), TemplateVersion.FIRST, newAuthor, f.body(), f.askKind());
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

    private void refreshList() {
        List<TemplateItem> items = new ArrayList<>();
        for (LetterTemplate template : services.catalog().bundled().templates()) {
            items.add(new TemplateItem(template.id(), template.title(), template.header().tags(), true, 0, ""));
        }
        for (UserTemplate template : store.list()) {
            Optional<TemplateFields> fields = TemplateFields.fromText(template.text());
            String itemTitle = fields.map(TemplateFields::title).filter(t -> !t.isEmpty()).orElse(template.id());
            int errors = (int) template.problems().stream().filter(TemplateProblem::isError).count();
            items.add(new TemplateItem(template.id(), itemTitle, fields.map(TemplateFields::tags).orElse(List.of()),
                    false, errors, template.basedOn()));
        }
        String current = selected.get() == null ? null : selected.get().id();
        refreshing = true;
        try {
            allTemplates.setAll(items);
            selected.set(items.stream().filter(t -> t.id().equals(current)).findFirst().orElse(null));
        } finally {
            refreshing = false;
        }
    }

    private void loadMps() {
        Parliament parliament = services.parliament();
        List<MpChoice> choices = parliament.constituencies().stream()
                .flatMap(c -> parliament.member(c.code()).map(m -> new MpChoice(c, m)).stream())
                .sorted(Comparator.comparing(MpChoice::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
        allMps.setAll(choices);
        if (!choices.isEmpty()) {
            previewMp.set(choices.get(0));
        }
    }

    private void saveIfDirty() {
        if (dirty.get() && editable.get()) {
            save();
        }
    }

    private void saveQuietly(TemplateItem item) {
        try {
            store.save(item.id(), textToSave());
            status.set(Status.success(Messages.get("ui.editor.status.keptChanges", item.title())));
        } catch (DearMpException e) {
            status.set(Status.failure(e.getMessage()));
        }
        dirty.set(false);
    }

    private boolean selectedBundled() {
        return selected.get() != null && selected.get().bundled();
    }

    private TemplateItem requireSelected() {
        return Objects.requireNonNull(selected.get(), "no template selected");
    }
}
