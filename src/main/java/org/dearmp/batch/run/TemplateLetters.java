package org.dearmp.batch.run;

import org.dearmp.batch.input.Supporter;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.dearmp.letter.EmailAddress;
import org.dearmp.letter.Fingerprints;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterComposer;
import org.dearmp.letter.LetterRequest;
import org.dearmp.letter.Sender;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.template.LetterTemplate;

/**
 * Supporters' letters made by the same composer as a single letter: the campaign template, the
 * supporter's own points and message, and the originality the letter step shows. Thread-safe.
 */
public final class TemplateLetters implements SupporterLetters {

    private final LetterTemplate template;
    private final LetterComposer composer = new LetterComposer();
    /** Whether the template's text can differ between two writers to the same MP. */
    private final boolean mentionsWriter;
    /** By MP, seat and date: a batch writes to at most 650 MPs, on one date. */
    private final Map<UntouchedKey, Fingerprints> untouched = new ConcurrentHashMap<>();

    public TemplateLetters(LetterTemplate template) {
        this.template = Objects.requireNonNull(template, "template");
        // Every value about the writer is reached through the "sender" name (see LetterValues).
        this.mentionsWriter = template.body().contains("sender");
    }

    public LetterTemplate template() {
        return template;
    }

    @Override
    public SupporterLetter make(Supporter supporter, Constituency constituency, Member member, LocalDate date) {
        // An email that is not an address (noted by the check) is left out rather than printed or put in a header.
        String email = EmailAddress.isValid(supporter.email()) ? supporter.email() : "";
        Sender sender = new Sender(supporter.name(), supporter.fullAddress(), supporter.postcode(), email, "");
        LetterRequest request = LetterRequest.of(template, member, constituency, sender, date)
                .withPoints(supporter.points()).withStory(supporter.message());
        Letter letter = composer.compose(request);
        Fingerprints withoutOwnWords = mentionsWriter ? composer.untouchedFingerprints(request)
                : untouched.computeIfAbsent(new UntouchedKey(member, constituency, date),
                        k -> composer.untouchedFingerprints(request));
        return new SupporterLetter(letter, composer.originality(letter, withoutOwnWords), ownWords(supporter).shingles());
    }

    private record UntouchedKey(Member member, Constituency constituency, LocalDate date) {
    }

    @Override
    public double similarity(long[] a, long[] b) {
        return Fingerprints.similarity(a, b);
    }

    /** What the supporter wrote themselves: the part worth comparing between supporters. */
    static Fingerprints ownWords(Supporter supporter) {
        StringBuilder text = new StringBuilder();
        supporter.points().forEach(p -> text.append(p).append('\n'));
        text.append(supporter.message());
        return Fingerprints.of(text.toString());
    }
}
