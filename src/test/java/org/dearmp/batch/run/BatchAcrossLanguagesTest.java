package org.dearmp.batch.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.batch.check.IssueKind;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.Supporter;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.batch.map.HexMap;
import org.dearmp.batch.report.BatchManifest;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TestClocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bilingual organisers: a batch begun in English is the same batch in Welsh. The messy supporters file
 * has problem rows (a bad postcode, Northern Ireland, a duplicate), whose messages are worded in the
 * interface language; the batch's identity must not be.
 */
@DataTest
class BatchAcrossLanguagesTest {

    @TempDir
    Path dir;

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    private BatchCheck checked(Language language) throws IOException {
        Messages.use(language);
        BatchService service = BatchFixtures.service();
        Path csv = dir.resolve("supporters.csv");
        if (!Files.exists(csv)) {
            BatchFixtures.messyCsv(dir);
        }
        SupporterFile file = service.open(csv);
        BatchCheck check = service.check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE);
        check.applyDefault(DefaultPolicy.SKIP);
        return check;
    }

    private static BatchRunner runner(SupporterLetters letters) {
        return new BatchRunner(letters, new ExportLetterFiles(false, TestClocks.FIXED), HexMap.bundled());
    }

    private static TemplateLetters realLetters() {
        return new TemplateLetters(BatchFixtures.TEMPLATES.require("stronger-laws"));
    }

    private static BatchSettings settings(Path out) {
        return new BatchSettings(out, "stronger-laws", "", LocalDate.of(2026, 11, 27), 2);
    }

    /** Letters that stop (as a crash or Cancel does) after the first {@code letters}. */
    private static SupporterLetters stoppingAfter(int letters) {
        TemplateLetters real = realLetters();
        AtomicInteger made = new AtomicInteger();
        return new SupporterLetters() {
            @Override
            public SupporterLetter make(Supporter s, Constituency c, Member m, LocalDate d) {
                if (made.incrementAndGet() > letters) {
                    throw new IllegalStateException("the power went off");
                }
                return real.make(s, c, m, d);
            }

            @Override
            public double similarity(long[] a, long[] b) {
                return real.similarity(a, b);
            }
        };
    }

    @Test
    void theFileHasProblemRowsWordedInTheRunsLanguage() throws IOException {
        try (BatchCheck english = checked(Language.ENGLISH); BatchCheck welsh = checked(Language.WELSH)) {
            assertThat(english.issues()).extracting(i -> i.kind())
                    .contains(IssueKind.INVALID_POSTCODE, IssueKind.NEEDS_CHOICE, IssueKind.DUPLICATE);
            assertThat(welsh.issues()).extracting(i -> i.message())
                    .doesNotContainAnyElementsOf(english.issues().stream().map(i -> i.message()).toList());
            // What earlier versions fingerprinted: it differed with the language.
            assertThat(PlanFingerprint.former(welsh, "stronger-laws", ""))
                    .isNotEqualTo(PlanFingerprint.former(english, "stronger-laws", ""));
            assertThat(BatchPlan.of(welsh, "stronger-laws", "").hash())
                    .isEqualTo(BatchPlan.of(english, "stronger-laws", "").hash());
        }
    }

    @Test
    void aFinishedEnglishBatchRunAgainInWelshIsTheSameBatch() throws IOException {
        Path out = dir.resolve("runA");
        int letters;
        try (BatchCheck english = checked(Language.ENGLISH)) {
            BatchPlan plan = BatchPlan.of(english, "stronger-laws", "");
            letters = plan.letterCount();
            assertThat(runner(realLetters()).run(plan, settings(out), BatchListener.NONE).written()).isEqualTo(letters);
        }
        try (BatchCheck welsh = checked(Language.WELSH)) {
            BatchResult again = runner(realLetters()).run(BatchPlan.of(welsh, "stronger-laws", ""), settings(out),
                    BatchListener.NONE);
            assertThat(again.written()).isEqualTo(letters);
            assertThat(again.resumed()).isEqualTo(letters);
        }
    }

    @Test
    void anInterruptedEnglishBatchIsFinishedInWelsh() throws IOException {
        Path out = dir.resolve("runB");
        try (BatchCheck english = checked(Language.ENGLISH)) {
            BatchPlan plan = BatchPlan.of(english, "stronger-laws", "");
            assertThatThrownBy(() -> runner(stoppingAfter(2)).run(plan, settings(out), BatchListener.NONE))
                    .hasMessageContaining("power");
        }
        assertThat(BatchFolder.inspect(out).state()).isEqualTo(BatchFolder.State.UNFINISHED);
        int before = BatchFolder.inspect(out).written();
        assertThat(before).isPositive();
        try (BatchCheck welsh = checked(Language.WELSH)) {
            BatchPlan plan = BatchPlan.of(welsh, "stronger-laws", "");
            BatchResult result = runner(realLetters()).run(plan, settings(out), BatchListener.NONE);
            assertThat(result.written()).isEqualTo(plan.letterCount());
            assertThat(result.resumed()).isEqualTo(before);
        }
        assertThat(BatchFolder.inspect(out).state()).isEqualTo(BatchFolder.State.FINISHED);
    }

    @Test
    void aFolderAnEarlierVersionLeftHalfWrittenIsStillFinished() throws IOException {
        Path out = dir.resolve("old");
        try (BatchCheck english = checked(Language.ENGLISH)) {
            BatchPlan plan = BatchPlan.of(english, "stronger-laws", "");
            assertThatThrownBy(() -> runner(stoppingAfter(2)).run(plan, settings(out), BatchListener.NONE))
                    .hasMessageContaining("power");
            // What an earlier version wrote: the same manifest with the fingerprint it made then.
            Path manifest = out.resolve(BatchManifest.FILE_NAME);
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            String former = PlanFingerprint.former(english, "stronger-laws", "");
            lines.set(0, lines.get(0).replace(plan.hash(), former));
            Files.write(manifest, lines, StandardCharsets.UTF_8);
            assertThat(BatchManifest.existingHeader(out).orElseThrow().planHash()).isEqualTo(former);
            int before = BatchFolder.inspect(out).written();

            BatchResult result = runner(realLetters()).run(plan, settings(out), BatchListener.NONE);

            assertThat(result.written()).isEqualTo(plan.letterCount());
            assertThat(result.resumed()).isEqualTo(before).isPositive();
            // From now on the folder carries the fingerprint that is the same in every language.
            assertThat(BatchManifest.existingHeader(out).orElseThrow().planHash()).isEqualTo(plan.hash());
        }
    }

    @Test
    void anotherBatchInTheFolderIsCalledFinishedOrUnfinishedTruly() throws IOException {
        Path finished = dir.resolve("run3");
        Path unfinished = dir.resolve("run4");
        try (BatchCheck english = checked(Language.ENGLISH)) {
            BatchPlan plan = BatchPlan.of(english, "stronger-laws", "");
            runner(realLetters()).run(plan, settings(finished), BatchListener.NONE);
            assertThatThrownBy(() -> runner(stoppingAfter(2)).run(plan, settings(unfinished), BatchListener.NONE))
                    .hasMessageContaining("power");
            BatchPlan other = BatchPlan.of(english, "another-template", "");

            assertThatThrownBy(() -> runner(realLetters()).run(other, settings(finished), BatchListener.NONE))
                    .isInstanceOf(DearMpException.class)
                    .hasMessageContaining("holds a finished batch made from another file").hasMessageNotContaining("unfinished");
            assertThatThrownBy(() -> runner(realLetters()).run(other, settings(unfinished), BatchListener.NONE))
                    .isInstanceOf(DearMpException.class).hasMessageContaining("holds an unfinished batch made from another file");

            Messages.use(Language.WELSH);
            assertThatThrownBy(() -> runner(realLetters()).run(other, settings(finished), BatchListener.NONE))
                    .hasMessageContaining("swp wedi'i orffen").hasMessageNotContaining("heb ei orffen");
            assertThatThrownBy(() -> runner(realLetters()).run(other, settings(unfinished), BatchListener.NONE))
                    .hasMessageContaining("swp heb ei orffen");
        }
    }
}
