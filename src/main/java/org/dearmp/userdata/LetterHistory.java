package org.dearmp.userdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.dearmp.core.DearMpException;
import org.dearmp.core.UkDates;
import org.dearmp.history.FollowUp;
import org.dearmp.history.Outcome;
import org.dearmp.history.Reply;
import org.dearmp.i18n.Messages;
import org.dearmp.store.AtomicFiles;
import org.dearmp.store.UserFiles;

/**
 * The letter history as the writer uses it: which letters went, what came back, and which need them again.
 * Letters are named by the start of their id, as the listing shows it, so nobody types a whole UUID.
 */
public final class LetterHistory {
    /** A reply kept as a file: a scanned letter, a photo, an email. Big enough for a phone photo's PDF. */
    public static final long MAX_REPLY_FILE_BYTES = 50L * 1024 * 1024;
    public static final int SHORT_ID_LENGTH = 8;
    /** How much of a reply's file is copied between two looks at whether the writer stopped the copy. */
    private static final int COPY_CHUNK_BYTES = 256 * 1024;

    private final RecentLetters store;
    private final Clock clock;

    /** One letter of the history with its next step (asked or offered), if it has one. */
    public record Entry(SavedLetter letter, Optional<FollowUp> next, Optional<FollowUp> dueToday) {
        public String shortId() {
            return LetterHistory.shortId(letter.id());
        }
    }

    public LetterHistory(RecentLetters store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public static String shortId(String id) {
        return id.length() <= SHORT_ID_LENGTH ? id : id.substring(0, SHORT_ID_LENGTH);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every letter that went, newest first, with what is due by {@code asOf}. */
    public List<Entry> entries(LocalDate asOf) {
        List<SavedLetter> all = store.list();
        return all.stream().filter(l -> l.sent() != null).map(l -> {
            boolean followedUp = store.followedUp(l.id(), all);
            return new Entry(l, FollowUp.next(l.sent(), l.reply(), followedUp),
                    FollowUp.dueBy(l.sent(), l.reply(), followedUp, asOf));
        }).toList();
    }

    /** The letters that need the writer by {@code asOf}: to say whether the MP replied, or to follow up. */
    public List<Entry> due(LocalDate asOf) {
        return entries(asOf).stream().filter(e -> e.dueToday().isPresent()).toList();
    }

    /** The letter of the history whose id starts with {@code idOrStart}; a message when none or several do. */
    public SavedLetter find(String idOrStart) {
        String wanted = idOrStart == null ? "" : idOrStart.strip().toLowerCase(Locale.ROOT);
        if (!wanted.matches("[a-z0-9-]{1,64}")) {
            throw new DearMpException(Messages.get("history.id.notAnId", idOrStart == null ? "" : idOrStart.strip()));
        }
        List<SavedLetter> matches = store.sent().stream().filter(l -> l.id().toLowerCase(Locale.ROOT).startsWith(wanted))
                .toList();
        if (matches.isEmpty()) {
            throw new DearMpException(Messages.get("history.id.none", wanted));
        }
        if (matches.size() > 1) {
            String which = String.join("; ", matches.stream().map(l -> Messages.get("history.id.one", shortId(l.id()),
                    l.mpName(), org.dearmp.core.UkDates.date(l.sent().on()))).toList());
            throw new DearMpException(Messages.get("history.id.several", wanted, matches.size(), which));
        }
        return matches.get(0);
    }

    /**
     * Records what came back for the letter {@code idOrStart}, replacing what was recorded before. The reply's
     * own file, when given, is copied into the data folder (the writer may move or delete theirs).
     *
     * @param on         when the reply came; null when not said
     * @param attachment the reply as a file, or null
     */
    public SavedLetter recordReply(String idOrStart, Outcome outcome, LocalDate on, String note, Path attachment)
            throws IOException {
        return recordReply(idOrStart, outcome, on, note, attachment, () -> false);
    }

    /**
     * As {@link #recordReply(String, Outcome, LocalDate, String, Path)}, but a copy of the reply's file (up to
     * 50 MB) stops as soon as {@code stopped} says so: nothing is then recorded and no part of the file is kept
     * (a stop that comes once the copy is done is too late: the reply is recorded).
     */
    public SavedLetter recordReply(String idOrStart, Outcome outcome, LocalDate on, String note, Path attachment,
                                   BooleanSupplier stopped) throws IOException {
        SavedLetter letter = find(idOrStart);
        if (on != null && on.isBefore(letter.sent().on())) {
            throw new DearMpException(Messages.get("history.reply.beforeLetter", UkDates.date(letter.sent().on())));
        }
        if (on != null && on.isAfter(today())) {
            throw new DearMpException(Messages.get("history.reply.future", UkDates.date(letter.sent().on())));
        }
        String previous = letter.reply() == null ? null : letter.reply().attachment();
        String kept = previous;
        if (attachment != null) {
            kept = keepReplyFile(letter.id(), attachment, stopped);
        }
        SavedLetter replied = store.recordReply(letter, new Reply(outcome, on, note, kept));
        if (previous != null && !previous.equals(kept)) {
            Files.deleteIfExists(store.replyFile(previous));
        }
        return replied;
    }

    private String keepReplyFile(String id, Path from, BooleanSupplier stopped) throws IOException {
        String what = Messages.get("history.reply.what");
        UserFiles.check(from, MAX_REPLY_FILE_BYTES, what);
        String name = id + extension(from);
        Path target = store.replyFile(name);
        AtomicFiles.write(target, out -> {
            try (InputStream in = UserFiles.open(from, MAX_REPLY_FILE_BYTES, what)) {
                copyUnlessStopped(in, out, stopped);
            }
        });
        return name;
    }

    /** A chunk at a time, asking between chunks whether to stop: the temporary file then goes, nothing is kept. */
    private static void copyUnlessStopped(InputStream in, OutputStream out, BooleanSupplier stopped)
            throws IOException {
        byte[] chunk = new byte[COPY_CHUNK_BYTES];
        for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
            if (stopped.getAsBoolean()) {
                throw new DearMpException(Messages.get("history.reply.stopped"));
            }
            out.write(chunk, 0, read);
        }
    }

    /** ".pdf", ".eml", ".jpg": kept so the file opens in the right app; "" for a name without a plain one. */
    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,5}") ? "." + ext : "";
    }
}
