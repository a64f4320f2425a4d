package org.dearmp.ui.recent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dearmp.history.LetterSent;
import org.dearmp.history.Outcome;
import org.dearmp.history.SentAs;
import org.dearmp.letter.Sender;
import org.dearmp.store.AppDataFolder;
import org.dearmp.testsupport.HeldExecutor;
import org.dearmp.testsupport.MovableClock;
import org.dearmp.ui.common.Status;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.userdata.LetterHistory;
import org.dearmp.userdata.RecentLetters;
import org.dearmp.userdata.SavedLetter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Did your MP reply?": recorded on the background executor, never on the FX thread that pressed Record. */
class ReplyViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    private final MovableClock clock = MovableClock.fromFixed();
    private final HeldExecutor background = new HeldExecutor();
    private RecentLetters store;
    private SavedLetter sent;
    private ReplyViewModel vm;

    @BeforeEach
    void oneLetterSentTwoWeeksAgo() throws IOException {
        store = new RecentLetters(new AppDataFolder(home));
        LetterDraft draft = new LetterDraft("GU11 1AA", "E14001063", "stronger-laws",
                new Sender("Sam Writer", List.of("1 High Street"), "GU11 1AA", "", ""), List.of("A point"), "",
                4, Instant.now(clock));
        sent = store.saveSent(null, "Ann Example", "Aldershot", "Stronger laws", draft,
                new LetterSent(LocalDate.now(clock), SentAs.POST, "stronger-laws", "Stronger laws", "Will you act?",
                        null));
        clock.moveOnDays(15);
        vm = new ReplyViewModel(new LetterHistory(store, clock), sent, background);
    }

    @Test
    void recordCopiesTheReplysFileOnlyWhenTheExecutorRunsItAndRefusesASecondRecordMeanwhile() throws IOException {
        vm.outcomeProperty().set(Outcome.ACKNOWLEDGED);
        vm.noteProperty().set("  A card from the office ");
        vm.fileProperty().set(Files.writeString(elsewhere.resolve("scan.pdf"), "%PDF-1.4 a scan"));

        vm.record();
        assertThat(store.repliesFolder()).as("nothing copied on the calling (FX) thread").doesNotExist();
        assertThat(store.get(sent.id()).orElseThrow().reply()).isNull();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.canRecordBinding().get()).isFalse();
        assertThat(vm.statusProperty().get().kind()).isEqualTo(Status.Kind.WORKING);
        vm.record();
        assertThat(background.waiting()).as("no double submit").isEqualTo(1);

        background.runAll();
        SavedLetter kept = store.get(sent.id()).orElseThrow();
        assertThat(kept.reply().outcome()).isEqualTo(Outcome.ACKNOWLEDGED);
        assertThat(kept.reply().note()).isEqualTo("A card from the office");
        assertThat(store.replyFile(kept.reply().attachment())).hasContent("%PDF-1.4 a scan");
        assertThat(vm.recordedProperty().get().reply()).isEqualTo(kept.reply());
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo(Status.NONE);
    }

    @Test
    void aFileThatCannotBeCopiedSaysWhyAndKeepsEverythingChosenAndTyped() throws IOException {
        Path gone = elsewhere.resolve("moved-away.pdf");
        vm.outcomeProperty().set(Outcome.NOT_ANSWERED);
        vm.noteProperty().set("They wrote about something else");
        vm.fileProperty().set(gone);

        vm.record();
        background.runAll();

        Status status = vm.statusProperty().get();
        assertThat(status.kind()).isEqualTo(Status.Kind.FAILURE);
        assertThat(status.text()).startsWith("The reply could not be recorded.").contains("still here")
                .doesNotContain("Exception", "java.");
        assertThat(vm.recordedProperty().get()).as("the dialog stays open").isNull();
        assertThat(vm.outcomeProperty().get()).isEqualTo(Outcome.NOT_ANSWERED);
        assertThat(vm.noteProperty().get()).isEqualTo("They wrote about something else");
        assertThat(vm.fileProperty().get()).isEqualTo(gone);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.canRecordBinding().get()).as("it can be tried again").isTrue();
        assertThat(store.get(sent.id()).orElseThrow().reply()).isNull();
    }

    @Test
    void stoppingTheCopyRecordsNothingAndKeepsTheAnswerToRecordAgain() throws IOException {
        vm.outcomeProperty().set(Outcome.ANSWERED);
        vm.fileProperty().set(Files.write(elsewhere.resolve("photo.jpg"), new byte[2 * 1024 * 1024]));

        vm.record();
        vm.stop();
        background.runAll();

        assertThat(vm.statusProperty().get().kind()).isEqualTo(Status.Kind.CANCELLED);
        assertThat(vm.statusProperty().get().text()).contains("nothing was recorded");
        assertThat(vm.recordedProperty().get()).isNull();
        assertThat(store.get(sent.id()).orElseThrow().reply()).isNull();
        try (var left = Files.list(store.repliesFolder())) {
            assertThat(left).isEmpty();
        }

        vm.record();
        background.runAll();
        assertThat(vm.recordedProperty().get().reply().outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(store.get(sent.id()).orElseThrow().reply().attachment()).isEqualTo(sent.id() + ".jpg");
    }
}
