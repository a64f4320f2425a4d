package org.dearmp.ui.wizard;

import org.dearmp.core.UkDates;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
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

/**
 * The draft saved as the user types, and which entry in Recent letters the letter on screen is, and whether anything typed since it was last
 * kept there would be lost by starting a new letter. Keeping an unfinished letter never overwrites a
 * finished one: a reopened finished letter that was changed is kept as a new, unfinished entry.
 */
final class DraftKeeper {
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
     * Decides, now, how the letter on screen goes into Recent letters: finished, replacing its own entry if it was
     * reopened from there; or unfinished, to carry on with later, replacing its own entry unless that one is
     * finished. The entry's id is chosen here, so the keeper already knows which entry the letter on screen is,
     * and a second keep (or a send) before the write is done replaces the same entry; the write itself is
     * returned, to be done off the FX thread.
     *
     * @param mpName the MP as the letter names them
     */
    Write keep(boolean finished, String mpName, LetterDraft draft) {
        String seat = seatName(draft);
        String title = templateTitle.apply(draft.templateId());
        String id = entryId(finished ? letterId : entryFinished ? null : letterId);
        opened(id, finished, draft);
        return finished ? () -> recent.save(id, mpName, seat, title, draft)
                : () -> recent.keepUnfinished(id, mpName, seat, title, draft);
    }

    /** As {@link #keep} for a letter that went, kept in the history as sent. */
    Write keepSent(String mpName, LetterDraft draft, LetterSent sent) {
        if (sent == null) {
            return keep(true, mpName, draft);
        }
        String seat = seatName(draft);
        String title = templateTitle.apply(draft.templateId());
        String id = entryId(letterId);
        opened(id, true, draft);
        return () -> recent.saveSent(id, mpName, seat, title, draft, sent);
    }

    /** The write that keeps a draft that is not on screen (the one from last time) as an unfinished letter. */
    Write keepAside(LetterDraft draft) {
        String mpName = draft.constituencyCode() == null ? ""
                : parliament.member(draft.constituencyCode()).map(Member::displayName).orElse("");
        String seat = seatName(draft);
        String title = templateTitle.apply(draft.templateId());
        String id = entryId(null);
        return () -> recent.keepUnfinished(id, mpName, seat, title, draft);
    }

    private static String entryId(String existing) {
        return existing != null ? existing : UUID.randomUUID().toString();
    }

    /** Which entry the letter on screen is, to put back if its write fails. */
    State state() {
        return new State(letterId, entryFinished, kept);
    }

    /** Puts {@code before} back, unless the letter on screen has moved on since {@code after} (a new letter, say). */
    void putBack(State after, State before) {
        if (state().equals(after)) {
            letterId = before.letterId();
            entryFinished = before.finished();
            kept = before.kept();
        }
    }

    record State(String letterId, boolean finished, LetterDraft kept) {
    }

    /** A write to Recent letters, decided on the FX thread and done in order on the background executor. */
    @FunctionalInterface
    interface Write {
        void run() throws IOException;
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
