package org.dearmp.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dearmp.letter.ChecklistItem.Check;
import org.dearmp.letter.ChecklistItem.State;

/**
 * The checklist for a letter that counts, from what MPs and their offices say makes a letter count
 * (sources in templates/README.md): the writer's address in the MP's seat, a reason of their own, a local
 * angle, one clear ask, their own words, one page; and warnings for what offices discount: a copy of the
 * template, US spellings and long bullet lists, both typical of machine-drafted text. It guides and never
 * blocks. Stateless and thread-safe: the letter step runs it on every change, with the preview.
 */
public final class LetterChecklist {

    /** Fewer words of the writer's own reasons than this read as a token line, not a story. */
    public static final int STORY_WORDS = 20;
    /** More than this many extra requests in the writer's words: the one ask gets lost. One is tolerated (a rhetorical question). */
    public static final int EXTRA_ASKS_TOLERATED = 1;
    /** From this similarity to the untouched template on, the letter reads as a copy (WriteToThem's measure). */
    public static final double ALMOST_ALL_TEMPLATE = 0.9;
    /** From this many bullet lines of the writer's on, the letter reads as a drafted list, not a letter. */
    public static final int HEAVY_BULLETS = 6;
    /** At most this many US spellings are named in the message; the rest are counted. */
    private static final int SPELLINGS_NAMED = 4;

    /** Languages whose letters get the British-spelling rule; a Welsh letter does not. */
    private static final List<String> BRITISH_SPELLING_LANGUAGES = List.of("en");

    /**
     * A sentence that asks the MP for something: a question, or a request in so many words, in English or Welsh
     * (the Welsh phrases never occur in an English letter, so one pattern serves both).
     */
    private static final Pattern ASKING = Pattern.compile("\\?|\\b(?:please|i ask you|i urge you|i call on you"
            + "|i want you to|i would like you to|i'd like you to|will you|would you|could you|can you"
            + "|os gwelwch yn dda|gofynnaf i chi|rwy'n gofyn i chi|galwaf arnoch|hoffwn i chi|a wnewch chi"
            + "|a fyddech chi|a allech chi|allech chi|a allwch chi)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");
    /** Spaces and tabs only, never \s: a run of blank lines must not be rescanned from every line (quadratic). */
    private static final Pattern BULLET_LINE = Pattern.compile("(?m)^[ \\t]*[-*\u2022\u25aa\u25cf\u2013][ \\t]+\\S");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019]+");

    private final boolean britishSpelling;

    private LetterChecklist(boolean britishSpelling) {
        this.britishSpelling = britishSpelling;
    }

    /** The checklist for letters written in English. */
    public static LetterChecklist english() {
        return forLanguage(Locale.ENGLISH);
    }

    /** The checklist for letters in {@code language}: the spelling rule applies only where it makes sense. */
    public static LetterChecklist forLanguage(Locale language) {
        return new LetterChecklist(BRITISH_SPELLING_LANGUAGES.contains(language.getLanguage()));
    }

    /**
     * @param request  what the letter was composed from (the writer's words, the MP's seat, the writer's home seat)
     * @param letter   the letter composed from it
     * @param guidance the letter's guidance: its own-words share, its similarity to the template, its pages
     */
    public List<ChecklistItem> check(LetterRequest request, Letter letter, LetterGuidance guidance) {
        String ownWords = ownWords(request);
        List<ChecklistItem> items = new ArrayList<>();
        items.add(address(request, letter));
        items.add(story(request));
        items.add(LocalAngle.in(ownWords, request.constituency())
                .map(place -> ChecklistItem.of(Check.LOCAL_ANGLE, State.MET, "met", place))
                .orElseGet(() -> ChecklistItem.of(Check.LOCAL_ANGLE, State.NOT_MET, "notMet",
                        request.constituency().name())));
        items.add(ask(request));
        items.add(ownWordsShare(guidance));
        items.add(guidance.fitsOnePage() ? ChecklistItem.of(Check.ONE_PAGE, State.MET, "met")
                : ChecklistItem.of(Check.ONE_PAGE, State.NOT_MET, "notMet", guidance.pages()));
        items.add(guidance.similarity() >= ALMOST_ALL_TEMPLATE
                ? ChecklistItem.of(Check.NOT_ALL_TEMPLATE, State.WARNING, "warning", guidance.originalityPercent())
                : ChecklistItem.of(Check.NOT_ALL_TEMPLATE, State.MET, "met"));
        if (britishSpelling) {
            items.add(spelling(ownWords));
        }
        items.add(bullets(request));
        return List.copyOf(items);
    }

    /** How many items are met, for "6 of 9 done". */
    public static long metCount(List<ChecklistItem> items) {
        return items.stream().filter(ChecklistItem::met).count();
    }

    /** Everything the writer typed that goes in the letter: story, points and their own ask. */
    static String ownWords(LetterRequest request) {
        List<String> parts = new ArrayList<>();
        parts.add(request.story());
        parts.addAll(request.points());
        if (request.ask() != null) {
            parts.add(request.ask());
        }
        return String.join("\n", parts);
    }

    private static ChecklistItem address(LetterRequest request, Letter letter) {
        Sender sender = letter.sender();
        if (sender.addressLines().isEmpty() || sender.postcode().isEmpty()) {
            return ChecklistItem.of(Check.ADDRESS_IN_SEAT, State.NOT_MET, "missing");
        }
        if (request.homeSeat() != null) {
            return ChecklistItem.of(Check.ADDRESS_IN_SEAT, State.NOT_MET, "otherSeat", sender.postcode(),
                    request.homeSeat().name(), request.constituency().name());
        }
        return ChecklistItem.of(Check.ADDRESS_IN_SEAT, State.MET, "met", sender.postcode(), request.constituency().name());
    }

    private static ChecklistItem story(LetterRequest request) {
        String own = request.story() + "\n" + String.join("\n", request.points());
        int words = words(own);
        if (words == 0) {
            return ChecklistItem.of(Check.PERSONAL_STORY, State.NOT_MET, "none");
        }
        return words < STORY_WORDS ? ChecklistItem.of(Check.PERSONAL_STORY, State.WARNING, "short", words)
                : ChecklistItem.of(Check.PERSONAL_STORY, State.MET, "met", words);
    }

    private static ChecklistItem ask(LetterRequest request) {
        String ask = request.ask() != null ? request.ask() : SpeakerAsk.forMember(request.template(), request.member());
        if (ask == null || ask.isBlank()) {
            return ChecklistItem.of(Check.ONE_ASK, State.NOT_MET, "none");
        }
        // The writer's own ask replaces the template's; it is the one, not an extra.
        int extra = extraAsks(request.story() + "\n" + String.join("\n", request.points()));
        return extra > EXTRA_ASKS_TOLERATED ? ChecklistItem.of(Check.ONE_ASK, State.WARNING, "several", extra)
                : ChecklistItem.of(Check.ONE_ASK, State.MET, "met");
    }

    /** Sentences of {@code text} that ask for something. */
    static int extraAsks(String text) {
        int asks = 0;
        Matcher sentences = SENTENCE.matcher(text);
        while (sentences.find()) {
            if (ASKING.matcher(sentences.group()).find()) {
                asks++;
            }
        }
        return asks;
    }

    private static ChecklistItem ownWordsShare(LetterGuidance guidance) {
        boolean enough = guidance.originality() >= LetterGuidance.LOW_ORIGINALITY
                && guidance.ownWordCount() >= guidance.minOwnWords();
        if (enough) {
            return ChecklistItem.of(Check.OWN_WORDS, State.MET, "met", guidance.originalityPercent());
        }
        return guidance.ownWordCount() < guidance.minOwnWords()
                ? ChecklistItem.of(Check.OWN_WORDS, State.NOT_MET, "fewerThanSuggested", guidance.originalityPercent(),
                        guidance.minOwnWords())
                : ChecklistItem.of(Check.OWN_WORDS, State.NOT_MET, "notMet", guidance.originalityPercent());
    }

    private static ChecklistItem spelling(String ownWords) {
        List<UsSpellings.Found> found = UsSpellings.in(ownWords);
        if (found.isEmpty()) {
            return ChecklistItem.of(Check.BRITISH_SPELLING, State.MET, "met");
        }
        String named = String.join(", ", found.stream().limit(SPELLINGS_NAMED).map(UsSpellings.Found::shown).toList());
        return ChecklistItem.of(Check.BRITISH_SPELLING, State.WARNING, "warning", named,
                Math.max(0, found.size() - SPELLINGS_NAMED));
    }

    private static ChecklistItem bullets(LetterRequest request) {
        int lines = bulletLines(request);
        return lines >= HEAVY_BULLETS ? ChecklistItem.of(Check.FEW_BULLETS, State.WARNING, "warning", lines)
                : ChecklistItem.of(Check.FEW_BULLETS, State.MET, "met");
    }

    /** The writer's points (each a bullet in the letter) and the bullet lines of their story. */
    static int bulletLines(LetterRequest request) {
        int lines = (int) request.points().stream().filter(p -> !p.isBlank()).count();
        Matcher bullets = BULLET_LINE.matcher(request.story());
        while (bullets.find()) {
            lines++;
        }
        return lines;
    }

    static int words(String text) {
        int count = 0;
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            count++;
        }
        return count;
    }

    /** For tests and callers that want one item. */
    public static Optional<ChecklistItem> item(List<ChecklistItem> items, Check check) {
        return items.stream().filter(i -> i.check() == check).findFirst();
    }
}
