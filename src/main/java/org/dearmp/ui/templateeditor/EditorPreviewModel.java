package org.dearmp.ui.templateeditor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
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
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.LetterRequest;
import org.dearmp.letter.PlainTextLetter;
import org.dearmp.letter.Sender;
import org.dearmp.letter.TypicalLetter;
import org.dearmp.parliament.Parliament;
import org.dearmp.template.LetterTemplate;

/**
 * The Templates screen's preview: a sample writer, the MP to write to, and the letter the checked template
 * makes for them. Checking and rendering wait for a pause in the typing (the {@link
 * org.dearmp.ui.task.Debouncer}) and land on the UI thread.
 */
public final class EditorPreviewModel {
    private final TemplateEditorViewModel.Services services;
    private final Runnable recheck;

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

    /** {@code recheck} checks the form and calls {@link #show} with the result. */
    EditorPreviewModel(TemplateEditorViewModel.Services services, Runnable recheck) {
        this.services = services;
        this.recheck = recheck;
        mps.predicateProperty().bind(Bindings.createObjectBinding(
                () -> choice -> choice.matches(mpSearch.get()), mpSearch));
        loadMps();
        senderName.set(Messages.get("letter.sample.name"));
        senderAddress.set(Messages.get("letter.sample.address1") + "\n" + Messages.get("letter.sample.address2"));
        senderPostcode.set(Messages.get("letter.sample.postcode"));
        points.set(String.join("\n", TypicalLetter.samplePoints()));
        story.set(TypicalLetter.sampleStory());
    }

    /** Starts listening to the sample and the MP: called once the whole screen is wired. */
    void listen() {
        Stream.of(senderName, senderAddress, senderPostcode, points, story)
                .forEach(p -> p.addListener((obs, o, n) -> schedule()));
        previewMp.addListener((obs, o, n) -> schedule());
    }

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

    /** The template as last checked clean of errors (the preview's), or null. */
    public ReadOnlyObjectProperty<LetterTemplate> checkedTemplateProperty() {
        return checkedTemplate.getReadOnlyProperty();
    }

    /** Checks and renders again after the typing pause. */
    void schedule() {
        services.debouncer().submit(() -> services.uiThread().execute(recheck));
    }

    /** Forgets the last checked template: another one is loading. */
    void clear() {
        checkedTemplate.set(null);
        preview.set("");
    }

    /** Takes the template as just checked (empty when it has errors) and renders the preview. */
    void show(Optional<LetterTemplate> checked) {
        checked.ifPresentOrElse(template -> {
            checkedTemplate.set(template);
            previewNote.set("");
        }, () -> previewNote.set(Messages.get("ui.editor.preview.fixErrors")));
        render();
    }

    private void render() {
        LetterTemplate template = checkedTemplate.get();
        MpChoice mp = previewMp.get();
        if (template == null || mp == null) {
            preview.set("");
            return;
        }
        try {
            Sender sender = new Sender(senderName.get(), FormText.lines(senderAddress.get()), senderPostcode.get(), "", "");
            LetterRequest request = LetterRequest.of(template, mp.member(), mp.constituency(), sender,
                            LocalDate.now(services.clock()))
                    .withPoints(FormText.lines(points.get())).withStory(story.get());
            preview.set(PlainTextLetter.document(services.composer().compose(request)));
        } catch (DearMpException e) {
            previewNote.set(e.getMessage());
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
}
