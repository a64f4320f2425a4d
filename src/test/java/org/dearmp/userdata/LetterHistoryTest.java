package org.dearmp.userdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dearmp.core.DearMpException;
import org.dearmp.history.LetterSent;
import org.dearmp.history.Outcome;
import org.dearmp.history.SentAs;
import org.dearmp.letter.Sender;
import org.dearmp.store.AppDataFolder;
import org.dearmp.testsupport.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The letter history kept in the data folder: letters that went, their replies and the replies' files. */
class LetterHistoryTest {
    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    private final MovableClock clock = MovableClock.fromFixed();

    private SavedLetter sendOne(RecentLetters store, String subject) throws IOException {
        LetterDraft draft = new LetterDraft("GU11 1AA", "E14001063", "stronger-laws",
                new Sender("Sam Writer", List.of("1 High Street"), "GU11 1AA", "", ""), List.of("A point"), "",
                4, Instant.now(clock));
        return store.saveSent(null, "Ann Example", "Aldershot", "Stronger laws", draft,
                new LetterSent(LocalDate.now(clock), SentAs.POST, "stronger-laws", subject, "Will you act?", null));
    }

    @Test
    void aReplyIsRecordedWithItsFileCopiedIntoTheDataFolder() throws IOException {
        AppDataFolder folder = new AppDataFolder(home);
        RecentLetters store = new RecentLetters(folder);
        SavedLetter sent = sendOne(store, "Stronger laws");
        Path reply = Files.writeString(elsewhere.resolve("Reply from my MP.PDF"), "%PDF-1.4 the reply");
        clock.moveOnDays(10);
        LetterHistory history = new LetterHistory(store, clock);

        history.recordReply(sent.id().substring(0, 6), Outcome.ACKNOWLEDGED, LocalDate.now(clock), "A card", reply);
        Files.delete(reply);

        SavedLetter kept = store.get(sent.id()).orElseThrow();
        assertThat(kept.reply().outcome()).isEqualTo(Outcome.ACKNOWLEDGED);
        assertThat(kept.reply().note()).isEqualTo("A card");
        assertThat(kept.reply().attachment()).isEqualTo(sent.id() + ".pdf");
        assertThat(store.replyFile(kept.reply().attachment())).hasContent("%PDF-1.4 the reply");
        assertThat(kept.sent().subject()).isEqualTo("Stronger laws");
    }

    @Test
    void recordingAgainReplacesTheOutcomeAndTheOldFile() throws IOException {
        RecentLetters store = new RecentLetters(new AppDataFolder(home));
        SavedLetter sent = sendOne(store, "Stronger laws");
        LetterHistory history = new LetterHistory(store, clock);
        history.recordReply(sent.id(), Outcome.ACKNOWLEDGED, null, "", Files.writeString(elsewhere.resolve("a.jpg"), "photo"));
        history.recordReply(sent.id(), Outcome.ANSWERED, null, "", Files.writeString(elsewhere.resolve("b.eml"), "mail"));

        assertThat(store.get(sent.id()).orElseThrow().reply().outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(store.replyFile(sent.id() + ".jpg")).doesNotExist();
        assertThat(store.replyFile(sent.id() + ".eml")).hasContent("mail");
    }

    @Test
    void lettersAreFoundByTheStartOfTheirIdOrASaidWhy() throws IOException {
        RecentLetters store = new RecentLetters(new AppDataFolder(home));
        SavedLetter one = sendOne(store, "One");
        sendOne(store, "Two");
        LetterHistory history = new LetterHistory(store, clock);

        assertThat(history.find(LetterHistory.shortId(one.id())).id()).isEqualTo(one.id());
        assertThat(history.find(one.id().toUpperCase()).id()).isEqualTo(one.id());
        assertThatThrownBy(() -> history.find("")).isInstanceOf(DearMpException.class)
                .hasMessageContaining("not a letter id");
        store.saveSent("aaaa1111", "Ann Example", "Aldershot", "t", one.draft(), one.sent());
        store.saveSent("aaaa2222", "Ann Example", "Aldershot", "t", one.draft(), one.sent());
        assertThatThrownBy(() -> history.find("aaaa")).isInstanceOf(DearMpException.class)
                .hasMessageContaining("2 letters in your history have ids starting \"aaaa\"")
                .hasMessageContaining("aaaa1111 (Ann Example, ").hasMessageContaining("aaaa2222 (Ann Example, ");
        assertThat(history.find("aaaa2").id()).isEqualTo("aaaa2222");
        assertThatThrownBy(() -> history.find("zzzz")).isInstanceOf(DearMpException.class)
                .hasMessageContaining("No letter in your history");
        assertThatThrownBy(() -> history.find("../etc")).isInstanceOf(DearMpException.class)
                .hasMessageContaining("not a letter id");
    }

    @Test
    void aReplyCannotBeDatedBeforeTheLetterOrInTheFuture() throws IOException {
        RecentLetters store = new RecentLetters(new AppDataFolder(home));
        SavedLetter sent = sendOne(store, "One");
        LetterHistory history = new LetterHistory(store, clock);
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> history.recordReply(sent.id(), Outcome.ANSWERED, today.minusDays(1), "", null))
                .hasMessageContaining("before the letter");
        assertThatThrownBy(() -> history.recordReply(sent.id(), Outcome.ANSWERED, today.plusDays(1), "", null))
                .hasMessageContaining("future");
        assertThat(store.get(sent.id()).orElseThrow().reply()).isNull();
    }

    @Test
    void eraseAllMyDataRemovesTheHistoryAndTheRepliesFiles() throws IOException {
        AppDataFolder folder = new AppDataFolder(home);
        RecentLetters store = new RecentLetters(folder);
        SavedLetter sent = sendOne(store, "One");
        new LetterHistory(store, clock).recordReply(sent.id(), Outcome.ANSWERED, null, "",
                Files.writeString(elsewhere.resolve("reply.pdf"), "%PDF"));
        assertThat(store.repliesFolder()).isDirectoryContaining(p -> p.getFileName().toString().endsWith(".pdf"));

        UserDataEraser.erase(folder, false);

        assertThat(store.list()).isEmpty();
        assertThat(store.repliesFolder()).doesNotExist();
        assertThat(new LetterHistory(store, clock).entries(LocalDate.now(clock))).isEmpty();
    }

    @Test
    void reopeningAndSendingAgainKeepsTheReplyRecorded() throws IOException {
        RecentLetters store = new RecentLetters(new AppDataFolder(home));
        SavedLetter sent = sendOne(store, "One");
        new LetterHistory(store, clock).recordReply(sent.id(), Outcome.NOT_ANSWERED, null, "", null);
        store.save(sent.id(), sent.mpName(), sent.constituencyName(), sent.templateTitle(), sent.draft());
        SavedLetter again = store.get(sent.id()).orElseThrow();
        assertThat(again.reply().outcome()).isEqualTo(Outcome.NOT_ANSWERED);
        assertThat(again.sent()).isEqualTo(sent.sent());
    }

    @Test
    void aCopyStoppedPartWayRecordsNothingAndLeavesNoPartOfTheFile() throws IOException {
        RecentLetters store = new RecentLetters(new AppDataFolder(home));
        SavedLetter sent = sendOne(store, "One");
        Path big = Files.write(elsewhere.resolve("scan.pdf"), new byte[3 * 1024 * 1024]);
        int[] asked = {0};

        assertThatThrownBy(() -> new LetterHistory(store, clock).recordReply(sent.id(), Outcome.ANSWERED, null, "",
                big, () -> ++asked[0] > 2))
                .isInstanceOf(DearMpException.class).hasMessageContaining("stopped");

        assertThat(asked[0]).as("asked between chunks, stopped on the third").isEqualTo(3);
        assertThat(store.get(sent.id()).orElseThrow().reply()).isNull();
        try (var left = Files.list(store.repliesFolder())) {
            assertThat(left).as("no copy and no temporary file").isEmpty();
        }
    }
}
