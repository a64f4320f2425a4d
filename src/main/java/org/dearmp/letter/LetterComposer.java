package org.dearmp.letter;

import java.util.List;
import java.util.Map;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.FormsOfAddress;
import org.dearmp.parliament.Member;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateRenderer;

/**
 * Makes a {@link Letter} from a template, the MP and the writer's own words. The letter step, the
 * template editor's preview, the batch and the command line all use this one class, so a letter looks
 * the same wherever it is made. Stateless and thread-safe.
 */
public final class LetterComposer {

    /** The letter and the guidance on it. */
    public record Draft(Letter letter, LetterGuidance guidance) {
    }

    /** Null for a composer that only composes (and works out originality): it has no pages to count. */
    private final LetterMeasure measure;

    /** A composer for letters and their originality; {@link #draft} needs {@link #LetterComposer(LetterMeasure)}. */
    public LetterComposer() {
        this.measure = null;
    }

    /** A composer whose drafts say how many pages the letter takes, as {@code measure} counts them. */
    public LetterComposer(LetterMeasure measure) {
        this.measure = java.util.Objects.requireNonNull(measure, "measure");
    }

    public Letter compose(LetterRequest request) {
        LetterTemplate template = request.template();
        // The writer's own wording wins; otherwise the template's, or the Speaker's where it cannot be acted on.
        String ask = request.ask() != null ? request.ask() : SpeakerAsk.forMember(template, request.member());
        String subject = request.subject() != null ? request.subject()
                : LetterValues.firstLetterNamed(template.subject(), request.firstLetter());
        Map<String, Object> values = LetterValues.of(request, ask, subject);
        List<LetterBlock> body = LetterBlocks.parse(TemplateRenderer.render(template, values));
        Member member = request.member();
        Recipient recipient = new Recipient(FormsOfAddress.envelopeName(member), FormsOfAddress.HOUSE_OF_COMMONS,
                member.email(), request.constituency().name());
        String salutation = request.salutation() != null ? request.salutation()
                : FormsOfAddress.salutation(member) + ",";
        String signOff = request.signOff() != null ? request.signOff() : Messages.get("letter.signOff");
        // A follow-up's history entry repeats the first letter's ask, which the follow-up asks again.
        String historyAsk = request.firstLetter() != null ? request.firstLetter().ask() : ask;
        return new Letter(request.sender(), recipient, request.date(), subject, salutation, body, signOff,
                template.id(), historyAsk);
    }

    /** The letter and its guidance: word count, page fit, and how much of it is the writer's own. */
    public Draft draft(LetterRequest request) {
        if (measure == null) {
            throw new IllegalStateException("This composer was made without a LetterMeasure, so it cannot count pages");
        }
        Letter letter = compose(request);
        return new Draft(letter, guidance(letter, compose(request.untouched()), request.template().header().minOwnWords(),
                measure.pageCount(letter)));
    }

    /**
     * The share of {@code letter} (composed from {@code request}) in the writer's own words, as its
     * draft's guidance gives it, without counting pages: for the batch, which needs nothing else.
     */
    public double originality(Letter letter, LetterRequest request) {
        return originality(letter, untouchedFingerprints(request));
    }

    /**
     * What the letter of {@code request} says without the writer's words, fingerprinted: the same for
     * every writer to one MP when the template does not mention the writer, so a batch can keep it.
     */
    public Fingerprints untouchedFingerprints(LetterRequest request) {
        return Fingerprints.of(PlainTextLetter.body(compose(request.untouched())));
    }

    /** As {@link #originality(Letter, LetterRequest)}, against fingerprints from {@link #untouchedFingerprints}. */
    public double originality(Letter letter, Fingerprints untouched) {
        Fingerprints mine = Fingerprints.of(PlainTextLetter.body(letter));
        int words = mine.wordCount();
        return words == 0 ? 0 : (double) (words - mine.wordsFoundIn(untouched)) / words;
    }

    /**
     * Compares a letter with what its template says without the writer's words (same MP, same date),
     * so names and dates the template fills in count as template text, not as the writer's own.
     */
    static LetterGuidance guidance(Letter letter, Letter untouched, int minOwnWords, int pages) {
        String bodyText = PlainTextLetter.body(letter);
        Fingerprints mine = Fingerprints.of(bodyText);
        Fingerprints template = Fingerprints.of(PlainTextLetter.body(untouched));
        int words = mine.wordCount();
        int templateWords = mine.wordsFoundIn(template);
        int own = words - templateWords;
        double originality = words == 0 ? 0 : (double) own / words;
        return new LetterGuidance(words, own, minOwnWords, originality, mine.similarity(template),
                pages, bodyText, mine.passagesFoundIn(template));
    }
}
