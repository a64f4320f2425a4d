package org.dearmp.ui.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.core.DearMpException;
import org.dearmp.export.UnprintableAdvice;
import org.dearmp.export.pdf.LetterPdfExporter;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.ChecklistItem;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterChecklist;
import org.dearmp.letter.LetterComposer;
import org.dearmp.letter.LetterGuidance;
import org.dearmp.letter.LetterMeasure;
import org.dearmp.letter.PlainTextLetter;
import org.dearmp.letter.SpeakerAsk;
import org.dearmp.letter.TextRange;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.user.TemplateCatalog;
import org.dearmp.ui.services.ComposedLetter;
import org.dearmp.ui.services.LetterRequest;
import org.dearmp.ui.services.LetterService;
import org.dearmp.ui.services.TemplateChoice;

/** The wizard's letters from the real templates and composer. */
final class DomainLetters implements LetterService {
    /** Templates tagged so are the blank, own-words kind. */
    private static final String BLANK_TAG = "blank";

    /** Read afresh on each call, so a template saved in the Templates window is offered at once. */
    private final TemplateCatalog catalog;
    private final LetterComposer composer;
    private final LetterMeasure measure;
    private final Clock clock;

    /** Letters whose page count is the PDF's own: the letter step's "fits on one page" is never a guess. */
    DomainLetters(TemplateCatalog catalog, Clock clock) {
        this(catalog, clock, LetterPdfExporter.measure());
    }

    DomainLetters(TemplateCatalog catalog, Clock clock, LetterMeasure measure) {
        this.catalog = catalog;
        this.clock = clock;
        this.composer = new LetterComposer(measure);
        this.measure = measure;
    }

    @Override
    public List<TemplateChoice> templates() {
        // Templates in the language the app is shown in come first: a Welsh speaker sees the Welsh ones first.
        org.dearmp.i18n.Language shown = org.dearmp.i18n.Messages.language();
        return catalog.campaigns().stream()
                .sorted(java.util.Comparator.comparing(t -> t.header().language() != shown))
                .map(t -> new TemplateChoice(t.id(), t.title(), t.header().summary(),
                t.ask(), t.header().prompts(), t.header().tags().contains(BLANK_TAG))).toList();
    }

    @Override
    public List<TemplateChoice> followUpTemplates() {
        return catalog.followUps().stream().map(t -> new TemplateChoice(t.id(), t.title(), t.header().summary(),
                t.ask(), t.header().prompts(), false)).toList();
    }

    @Override
    public String followUpTemplateId(org.dearmp.history.FollowUpKind kind, String firstTemplateId) {
        return catalog.followUpTemplateId(kind, firstTemplateId);
    }

    @Override
    public ComposedLetter compose(LetterRequest request) {
        LetterTemplate template = catalog.find(request.templateId()).orElseThrow(() -> new DearMpException(
                Messages.get("template.unknownId", request.templateId(), String.join(", ",
                        catalog.forLetterWriters().stream().map(LetterTemplate::id).toList()))));
        var member = request.member().orElseThrow(() -> new DearMpException(
                Messages.get("ui.letter.vacant", request.constituency().name())));
        var domainRequest = org.dearmp.letter.LetterRequest.of(template, member, request.constituency(),
                        request.sender(), LocalDate.now(clock))
                .withPoints(request.points())
                .withStory(request.story())
                .withHomeSeat(request.homeSeat())
                .withFirstLetter(request.firstLetter());
        LetterComposer.Draft draft = composer.draft(domainRequest);
        Letter letter = draft.letter();
        LetterGuidance guidance = draft.guidance();
        // The preview shows the whole letter; the guidance marks passages of the body within it.
        String text = PlainTextLetter.document(letter);
        int offset = text.indexOf(guidance.bodyText());
        List<ComposedLetter.Span> spans = new ArrayList<>();
        if (offset >= 0) {
            for (TextRange range : guidance.templatePassages()) {
                spans.add(new ComposedLetter.Span(offset + range.start(), offset + range.end()));
            }
        }
        List<String> advice = new ArrayList<>();
        String unprintable = measure.unprintable(letter);
        if (!unprintable.isEmpty()) {
            // First, because it changes what the MP will read; the rest is advice on style.
            advice.add(UnprintableAdvice.WRITING.text(unprintable));
        }
        guidance.advice().stream().map(a -> Messages.get("letter.advice." + a.name(), guidance.minOwnWords()))
                .forEach(advice::add);
        // Pure text work on the letter just composed: it updates with the preview, and reads no file.
        List<ChecklistItem> checklist = LetterChecklist.forLanguage(letter.language().locale())
                .check(domainRequest, letter, guidance);
        return new ComposedLetter(letter, text, guidance.wordCount(), guidance.fitsOnePage(),
                Math.max(0, Math.min(1, guidance.originality())), spans, advice, SpeakerAsk.applies(template, member),
                checklist);
    }
}
