package org.dearmp.ui.wizard;

import org.dearmp.core.UkDates;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.Parliament;
import org.dearmp.history.LetterSent;
import org.dearmp.userdata.DraftStore;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.userdata.RecentLetters;
import org.dearmp.userdata.SavedLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The draft saved as the user types, and which entry in Recent letters the letter on screen is, and whether anything typed since it was last
 * kept there would be lost by starting a new letter. Keeping an unfinished letter never overwrites a
 * finished one: a reopened finished letter that was changed is kept as a new, unfinished entry.
 */
final class DraftKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(DraftKeeper.class);

    private final DraftStore drafts;
    private final RecentLetters recent;
    private final Parliament parliament;
    private final Clock clock;
    private final Function<String, String> templateTitle;
    private String letterId;
    private boolean entryFinished;
    private LetterDraft kept;

    /** @param templateTitle a template's title by its id, "" for none, as shown in Recent letters */
    DraftKeeper(DraftStore drafts, RecentLetters recent, Parliament parliament, Clock clock,
                Function<String, String> templateTitle) {
        this.templateTitle = templateTitle;
        this.drafts = drafts;
        this.recent = recent;
        this.parliament = parliament;
        this.clock = clock;
    }

    /** The unfinished letter from last time, if the app closed (or stopped) before it was finished or kept. */
    Optional<LetterDraft> lastDraft() {
        return drafts.load();
    }

    /** Drops the saved draft (the crash copy of the letter on screen); the letter itself may be kept elsewhere. */
    void discardDraft() {
        try {
            drafts.discard();
        } catch (IOException e) {
            LOG.warn("Could not remove the draft: {}", e.getMessage());
        }
    }

    /** "You were writing to Rachel Blake on 27 November at 21:40": words for the offer. */
    String describe(LetterDraft draft) {
        LocalDateTime when = LocalDateTime.ofInstant(draft.savedAt(), clock.getZone());
        return Messages.get("ui.draft.offer", recipient(draft), UkDates.dayAndMonth(when.toLocalDate()), UkDates.time(when.toLocalTime()));
    }

    /** "Rachel Blake", or the seat's name while it has no MP, or "your MP". */
    String recipient(LetterDraft draft) {
        return Optional.ofNullable(draft.constituencyCode())
                .flatMap(parliament::member).map(Member::displayName)
                .or(() -> Optional.ofNullable(draft.constituencyCode())
                        .flatMap(parliament::constituency).map(Constituency::name))
                .orElse(Messages.get("ui.draft.yourMp"));
    }

    /** The letter on screen is now this entry of Recent letters (reopened, finished or kept). */
    void opened(String id, boolean finished, LetterDraft draft) {
        letterId = id;
        entryFinished = finished;
        kept = id == null ? null : draft;
    }

    void opened(SavedLetter letter) {
        opened(letter.id(), !letter.unfinished(), letter.draft());
    }

    /** A fresh letter: not in Recent letters yet. */
    void forget() {
        opened(null, false, null);
    }

    /** The entry of Recent letters the letter on screen is, or null. */
    String letterId() {
        return letterId;
    }

    /** True when starting a new letter would lose something typed: it is not empty and not kept as it is. */
    boolean needsKeeping(LetterDraft now) {
        return !now.isEmpty() && (kept == null || !sameWords(kept, now));
    }

    /**
     * Puts the letter on screen in Recent letters: finished, replacing its own entry if it was reopened from
     * there; or unfinished, to carry on with later, replacing its own entry unless that one is finished.
     *
     * @param mpName the MP as the letter names them
     */
    SavedLetter keep(boolean finished, String mpName, LetterDraft draft) throws IOException {
        String seat = seatName(draft);
        String title = templateTitle.apply(draft.templateId());
        SavedLetter saved = finished ? recent.save(letterId, mpName, seat, title, draft)
                : recent.keepUnfinished(entryFinished ? null : letterId, mpName, seat, title, draft);
        opened(saved);
        return saved;
    }

    /** Puts the letter on screen in the history as sent, replacing its own entry if it was reopened from there. */
    SavedLetter keepSent(String mpName, LetterDraft draft, LetterSent sent) throws IOException {
        if (sent == null) {
            return keep(true, mpName, draft);
        }
        SavedLetter saved = recent.saveSent(letterId, mpName, seatName(draft), templateTitle.apply(draft.templateId()),
                draft, sent);
        opened(saved);
        return saved;
    }

    /** Keeps a draft that is not on screen (the one from last time) as an unfinished letter, then drops it. */
    SavedLetter keepAside(LetterDraft draft) throws IOException {
        String mpName = draft.constituencyCode() == null ? ""
                : parliament.member(draft.constituencyCode()).map(Member::displayName).orElse("");
        SavedLetter saved = recent.keepUnfinished(null, mpName, seatName(draft),
                templateTitle.apply(draft.templateId()), draft);
        drafts.discard();
        return saved;
    }

    private String seatName(LetterDraft draft) {
        return draft.constituencyCode() == null ? ""
                : parliament.constituency(draft.constituencyCode()).map(Constituency::name).orElse("");
    }

    /** The same letter, whenever it was saved and whichever step it was left on. */
    private static boolean sameWords(LetterDraft a, LetterDraft b) {
        return normal(a).equals(normal(b));
    }

    private static LetterDraft normal(LetterDraft d) {
        return new LetterDraft(d.postcode(), d.constituencyCode(), d.templateId(), d.sender(), d.points(),
                d.story(), 0, Instant.EPOCH);
    }
}
