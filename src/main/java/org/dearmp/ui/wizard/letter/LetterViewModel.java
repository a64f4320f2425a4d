package org.dearmp.ui.wizard.letter;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.EmailAddress;
import org.dearmp.letter.Sender;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.ui.services.ComposedLetter;
import org.dearmp.ui.services.LetterRequest;
import org.dearmp.ui.services.LetterService;
import org.dearmp.ui.services.TemplateChoice;

/**
 * Step 4: the writer's details, points and story, and the live letter they make, with the guidance
 * (word count, one page, originality). Guidance warns, it never blocks: only a name is required, and
 * an email, when given, must be one that can be written to.
 */
public final class LetterViewModel {
    /** Below this share of own words the meter shows amber: the letter reads as a form letter. */
    public static final double LOW_ORIGINALITY = org.dearmp.letter.LetterGuidance.LOW_ORIGINALITY;

    private final LetterService letters;
    private final ObservableValue<Constituency> constituency;
    private final ObservableValue<Optional<Member>> member;
    private final ObservableValue<TemplateChoice> template;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty postcode = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty story = new SimpleStringProperty("");
    private final ObjectProperty<Constituency> homeSeat = new SimpleObjectProperty<>();
    /** For a follow-up, the letter it follows up (its date, subject and ask are named); null otherwise. */
    private final ObjectProperty<org.dearmp.letter.FirstLetter> firstLetter = new SimpleObjectProperty<>();
    private SeatCheckViewModel seatCheck;
    private final ObservableList<PointViewModel> points =
            FXCollections.observableArrayList(p -> new Observable[] {p.textProperty()});
    // One read-only view, kept: a fresh wrapper per call would drop its listeners when collected.
    private final ObservableList<PointViewModel> pointsView = FXCollections.unmodifiableObservableList(points);
    private final ObservableList<String> prompts = FXCollections.observableArrayList();
    // One read-only view, kept: a fresh wrapper per call would drop its listeners when collected.
    private final ObservableList<String> promptsView = FXCollections.unmodifiableObservableList(prompts);

    private final ReadOnlyObjectWrapper<ComposedLetter> composed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper previewText = new ReadOnlyStringWrapper("");
    private final ObservableList<PreviewSegment> preview = FXCollections.observableArrayList();
    // One read-only view, kept: a fresh wrapper per call would drop its listeners when collected.
    private final ObservableList<PreviewSegment> previewView = FXCollections.unmodifiableObservableList(preview);
    private final ReadOnlyIntegerWrapper wordCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper fitsOnePage = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyDoubleWrapper originality = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper guidance = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper wordCountText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper originalityText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emailError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper postcodeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper askNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    private final ChecklistViewModel checklist = new ChecklistViewModel();

    public LetterViewModel(LetterService letters, ObservableValue<Constituency> constituency,
                           ObservableValue<Optional<Member>> member, ObservableValue<TemplateChoice> template) {
        this.letters = letters;
        this.constituency = constituency;
        this.member = member;
        this.template = template;
        for (Observable o : List.of(name, address, postcode, email, phone, story, points, constituency, member,
                template, homeSeat, firstLetter)) {
            o.addListener(x -> recompose());
        }
        template.addListener((obs, old, now) -> prompts.setAll(now == null ? List.of() : now.prompts()));
        if (template.getValue() != null) {
            prompts.setAll(template.getValue().prompts());
        }
        recompose();
    }

    /** The writer's details as typed; blank lines of the address are dropped. */
    public Sender sender() {
        return new Sender(name.get(), Arrays.asList(address.get().split("\\R")), postcode.get(), email.get(),
                phone.get());
    }

    /** The writer's details as the letter uses them: an email or postcode the field says is wrong is left out. */
    private Sender letterSender() {
        Sender typed = sender();
        return new Sender(typed.name(), typed.addressLines(), postcodeError.get().isEmpty() ? typed.postcode() : "",
                emailError.get().isEmpty() ? typed.email() : "", typed.phone());
    }

    public void setSender(Sender sender) {
        name.set(sender.name());
        address.set(String.join("\n", sender.addressLines()));
        postcode.set(sender.postcode());
        email.set(sender.email());
        phone.set(sender.phone());
    }

    /** Checks the writer's address postcode against the MP's seat; the letter names the seat the address is in. */
    public void checkSeat(SeatCheckViewModel check) {
        seatCheck = check;
        homeSeat.bind(check.homeSeatProperty());
    }

    /** The check of the address postcode against the MP's seat, or null when there is none. */
    public SeatCheckViewModel seatCheck() {
        return seatCheck;
    }

    public List<String> pointTexts() {
        return points.stream().map(PointViewModel::getText).toList();
    }

    public void setPoints(List<String> texts) {
        points.setAll(texts.stream().map(PointViewModel::new).toList());
    }

    /** Adds a point at the end and returns it, so the view can put the cursor in it. */
    public PointViewModel addPoint(String text) {
        PointViewModel point = new PointViewModel(text);
        points.add(point);
        return point;
    }

    public void removePoint(PointViewModel point) {
        points.remove(point);
    }

    public void moveUp(PointViewModel point) {
        move(point, -1);
    }

    public void moveDown(PointViewModel point) {
        move(point, 1);
    }

    private void move(PointViewModel point, int by) {
        int from = points.indexOf(point);
        int to = from + by;
        if (from < 0 || to < 0 || to >= points.size()) {
            return;
        }
        points.remove(from);
        points.add(to, point);
    }

    private void recompose() {
        String nameText = name.get().strip();
        nameError.set(nameText.isEmpty() ? Messages.get("ui.letter.nameRequired") : "");
        // The same check as the .eml and the mail link: an address they would refuse is refused here, at the field.
        String emailText = email.get().strip();
        EmailAddress.Check emailCheck = EmailAddress.check(emailText);
        emailError.set(emailText.isEmpty() || emailCheck.valid() ? ""
                : Messages.get("ui.letter.emailInvalid", ((EmailAddress.Invalid) emailCheck).reason()));
        postcodeError.set(AddressPostcode.error(postcode.get()));
        Constituency seat = constituency.getValue();
        TemplateChoice chosen = template.getValue();
        if (seat == null || chosen == null) {
            composed.set(null);
            askNote.set("");
            preview.clear();
            checklist.show(java.util.List.of());
            complete.set(false);
            return;
        }
        ComposedLetter letter;
        try {
            letter = letters.compose(new LetterRequest(seat, member.getValue(), chosen.id(), letterSender(), pointTexts(),
                    story.get(), homeSeat.get(), firstLetter.get()));
            problem.set("");
        } catch (RuntimeException e) {
            // A letter that cannot be composed right now (e.g. a template error) must not lose the typing.
            // A domain failure says what to do; anything else is a bug, whose Java name means nothing to a writer.
            problem.set(e instanceof org.dearmp.core.DearMpException && e.getMessage() != null ? e.getMessage()
                    : Messages.get("ui.letter.composeFailed"));
            composed.set(null);
            askNote.set("");
            preview.clear();
            checklist.show(java.util.List.of());
            complete.set(false);
            return;
        }
        composed.set(letter);
        previewText.set(letter.text());
        preview.setAll(PreviewSegment.of(letter.text(), letter.templatePassages()));
        wordCount.set(letter.wordCount());
        fitsOnePage.set(letter.fitsOnePage());
        originality.set(letter.originality());
        guidance.set(guidanceFor(letter));
        checklist.show(letter.checklist());
        askNote.set(letter.speakerAsk() ? Messages.get("ui.letter.speakerAsk") : "");
        wordCountText.set(Messages.get("ui.letter.words", letter.wordCount()));
        pageText.set(Messages.get(letter.fitsOnePage() ? "ui.letter.onePage" : "ui.letter.overOnePage"));
        originalityText.set(Messages.get("ui.letter.originality", Math.round(letter.originality() * 100)));
        complete.set(!nameText.isEmpty() && emailError.get().isEmpty() && postcodeError.get().isEmpty());
    }

    private static String guidanceFor(ComposedLetter letter) {
        if (!letter.advice().isEmpty()) {
            return letter.advice().get(0);
        }
        // "Good" only when the checklist below agrees; otherwise it would contradict a line still to do.
        return letter.checklist().stream().allMatch(org.dearmp.letter.ChecklistItem::met)
                ? Messages.get("ui.letter.guidance.good") : Messages.get("ui.letter.guidance.seeChecklist");
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Address lines, one a line. */
    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty postcodeProperty() {
        return postcode;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** The letter a follow-up follows up, or null for a first letter. */
    public ObjectProperty<org.dearmp.letter.FirstLetter> firstLetterProperty() {
        return firstLetter;
    }

    public StringProperty storyProperty() {
        return story;
    }

    public ObservableList<PointViewModel> points() {
        return pointsView;
    }

    /** The template's questions that help the writer find their own points. */
    public ObservableList<String> prompts() {
        return promptsView;
    }

    public ReadOnlyObjectProperty<ComposedLetter> composedProperty() {
        return composed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewTextProperty() {
        return previewText.getReadOnlyProperty();
    }

    /** The letter as the preview shows it: the writer's words plain, the template's marked. */
    public ObservableList<PreviewSegment> preview() {
        return previewView;
    }

    public ReadOnlyIntegerProperty wordCountProperty() {
        return wordCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fitsOnePageProperty() {
        return fitsOnePage.getReadOnlyProperty();
    }

    /** Share of the letter in the writer's own words, 0..1. */
    public ReadOnlyDoubleProperty originalityProperty() {
        return originality.getReadOnlyProperty();
    }

    /** One plain sentence: what would make the letter better, or that it is good. */
    public ReadOnlyStringProperty guidanceProperty() {
        return guidance.getReadOnlyProperty();
    }

    /** "312 words". */
    public ReadOnlyStringProperty wordCountTextProperty() {
        return wordCountText.getReadOnlyProperty();
    }

    /** "Fits on one page" or "Runs over one page". */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    /** "62 % in your own words". */
    public ReadOnlyStringProperty originalityTextProperty() {
        return originalityText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    /** Why the letter's ask is not the template's (it is to the Speaker), or empty. */
    public ReadOnlyStringProperty askNoteProperty() {
        return askNote.getReadOnlyProperty();
    }

    /** Why the email typed cannot be used (it would be refused by the email and the mail link), or empty. */
    public ReadOnlyStringProperty emailErrorProperty() {
        return emailError.getReadOnlyProperty();
    }

    /** Why the address postcode typed is not a whole, valid postcode (it is left out of the letter), or empty. */
    public ReadOnlyStringProperty postcodeErrorProperty() {
        return postcodeError.getReadOnlyProperty();
    }

    /** Why the letter cannot be shown right now, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The checklist for a letter that counts, updated with the preview. It guides; it never holds the step. */
    public ChecklistViewModel checklist() {
        return checklist;
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
