package org.dearmp.batch.run;

import org.dearmp.batch.input.Supporter;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.dearmp.i18n.Language;
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
 *
 * <p>A supporter whose language column names a language gets the template of the same campaign in that
 * language (its {@code campaign} header links the English and Welsh ones), when there is one; everyone else
 * gets the template the organiser chose.
 */
public final class TemplateLetters implements SupporterLetters {

    private final LetterTemplate template;
    /** The chosen template and its partners in other languages, by language. */
    private final Map<Language, LetterTemplate> byLanguage = new EnumMap<>(Language.class);
    private final LetterComposer composer = new LetterComposer();
    /** By MP, seat and date: a batch writes to at most 650 MPs, on one date. */
    private final Map<UntouchedKey, Fingerprints> untouched = new ConcurrentHashMap<>();

    public TemplateLetters(LetterTemplate template) {
        this(template, List.of());
    }

    /**
     * Letters from {@code template}, and from its partner among {@code others} for a supporter who asks for
     * another language: the first of the same campaign in that language.
     */
    public TemplateLetters(LetterTemplate template, Collection<LetterTemplate> others) {
        this.template = Objects.requireNonNull(template, "template");
        String campaign = template.header().campaignId();
        for (LetterTemplate other : others) {
            if (other.header().campaignId().equals(campaign)) {
                byLanguage.putIfAbsent(other.header().language(), other);
            }
        }
        byLanguage.put(template.header().language(), template);
    }

    /** The languages these letters can be written in. */
    public java.util.Set<Language> languages() {
        return java.util.Collections.unmodifiableSet(byLanguage.keySet());
    }

    /** The template a supporter's letter is written from: the chosen one, or its partner in their language. */
    public LetterTemplate templateFor(Supporter supporter) {
        return supporter.letterLanguage().map(byLanguage::get).orElse(template);
    }

    public LetterTemplate template() {
        return template;
    }

    @Override
    public SupporterLetter make(Supporter supporter, Constituency constituency, Member member, LocalDate date) {
        // An email that is not an address (noted by the check) is left out rather than printed or put in a header.
        String email = EmailAddress.isValid(supporter.email()) ? supporter.email() : "";
        Sender sender = new Sender(supporter.name(), supporter.fullAddress(), supporter.postcode(), email, "");
        LetterTemplate chosen = templateFor(supporter);
        LetterRequest request = LetterRequest.of(chosen, member, constituency, sender, date)
                .withPoints(supporter.points()).withStory(supporter.message());
        Letter letter = composer.compose(request);
        // Every value about the writer is reached through the "sender" name (see LetterValues).
        boolean mentionsWriter = chosen.body().contains("sender");
        Fingerprints withoutOwnWords = mentionsWriter ? composer.untouchedFingerprints(request)
                : untouched.computeIfAbsent(new UntouchedKey(chosen.id(), member, constituency, date),
                        k -> composer.untouchedFingerprints(request));
        return new SupporterLetter(letter, composer.originality(letter, withoutOwnWords), ownWords(supporter).shingles());
    }

    private record UntouchedKey(String templateId, Member member, Constituency constituency, LocalDate date) {
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
