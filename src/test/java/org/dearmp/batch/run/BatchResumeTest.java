package org.dearmp.batch.run;

import org.dearmp.testsupport.TestClocks;
import org.dearmp.testsupport.BatchFixtures;

import org.dearmp.batch.BatchCancelledException;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.BatchProgress;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.CheckedRow;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.batch.map.HexMap;
import org.dearmp.batch.report.BatchManifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dearmp.core.DearMpException;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A run stopped halfway (a crash or Cancel) and run again writes every letter exactly once. */
@DataTest
class BatchResumeTest {

    private static final String[] POSTCODES = {"CF10 1EA", "EH1 1YH", "LL59 5ER", "BL4 0HT", "BH25 5TR", "CF44 9JB",
        "LL61 6YY", "SW1A 1AA"};
    private static final int SUPPORTERS = 40;

    @TempDir
    Path dir;

    private BatchPlan plan() throws IOException {
        StringBuilder csv = new StringBuilder("Full name,Postcode,Message\n");
        for (int i = 0; i < SUPPORTERS; i++) {
            csv.append("Supporter ").append((char) ('A' + i % 26)).append(i).append(",")
                    .append(POSTCODES[i % POSTCODES.length]).append(",\"Reason number ").append(i)
                    .append(" is mine alone, written in my own words for my own MP.\"\n");
        }
        Path file = dir.resolve("supporters.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        SupporterFile supporters = SupporterFile.open(file);
        BatchCheck check = BatchFixtures.service().check(supporters, ColumnMapping.autoDetect(supporters.headers()),
                BatchListener.NONE);
        assertThat(check.count(CheckedRow.Status.NEEDS_DECISION)).isZero();
        return BatchPlan.of(check, "stronger-laws", "");
    }

    private BatchRunner runner(SupporterLetters letters) {
        return new BatchRunner(letters, new ExportLetterFiles(false, TestClocks.FIXED), HexMap.bundled());
    }

    private BatchSettings settings(Path out) {
        return new BatchSettings(out, "stronger-laws", "", LocalDate.of(2026, 11, 27), 2);
    }

    @Test
    void crashHalfwayThenResumeWritesEachLetterOnce() throws IOException {
        BatchPlan plan = plan();
        Path out = dir.resolve("out");
        TemplateLetters real = new TemplateLetters(BatchFixtures.TEMPLATES.require("stronger-laws"));
        AtomicInteger made = new AtomicInteger();
        SupporterLetters crashing = new SupporterLetters() {
            @Override
            public SupporterLetter make(org.dearmp.batch.input.Supporter s, Constituency c, Member m, LocalDate d) {
                if (made.incrementAndGet() > SUPPORTERS / 2) {
                    throw new IllegalStateException("the power went off");
                }
                return real.make(s, c, m, d);
            }

            @Override
            public double similarity(long[] a, long[] b) {
                return real.similarity(a, b);
            }
        };
        assertThatThrownBy(() -> runner(crashing).run(plan, settings(out), BatchListener.NONE))
                .hasMessageContaining("power");
        int firstRun = manifestRows(out).size();
        assertThat(firstRun).isBetween(1, SUPPORTERS / 2);
        assertThat(out.resolve(BatchRunner.PRINT_FILE)).doesNotExist();
        assertNoHalfFiles(out);

        // What a hard kill can leave: a torn last manifest line and a temporary file.
        Files.writeString(out.resolve(BatchManifest.FILE_NAME), "{\"row\":", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(out.resolve("letters/.Supporter X.pdf123.part"), "%PDF-1.4 half");

        BatchResult result = runner(real).run(plan, settings(out), BatchListener.NONE);

        assertThat(result.written()).isEqualTo(SUPPORTERS);
        assertThat(result.resumed()).isEqualTo(firstRun);
        assertEachLetterOnce(out, plan);
        assertThat(BatchRunTest.text(result.printFile()).split("Yours sincerely", -1)).hasSize(SUPPORTERS + 1);
    }

    @Test
    void cancelThenResumeWritesEachLetterOnce() throws IOException {
        BatchPlan plan = plan();
        Path out = dir.resolve("out");
        TemplateLetters real = new TemplateLetters(BatchFixtures.TEMPLATES.require("stronger-laws"));
        AtomicInteger made = new AtomicInteger();
        SupporterLetters counting = new SupporterLetters() {
            @Override
            public SupporterLetter make(org.dearmp.batch.input.Supporter s, Constituency c, Member m, LocalDate d) {
                made.incrementAndGet();
                return real.make(s, c, m, d);
            }

            @Override
            public double similarity(long[] a, long[] b) {
                return real.similarity(a, b);
            }
        };
        // The organiser presses Cancel once 15 letters are under way.
        BatchListener cancelAfterFifteen = new BatchListener() {
            @Override
            public boolean cancelled() {
                return made.get() >= 15;
            }
        };
        assertThatThrownBy(() -> runner(counting).run(plan, settings(out), cancelAfterFifteen))
                .isInstanceOf(BatchCancelledException.class);
        int firstRun = manifestRows(out).size();
        // Letters already under way when Cancel came are finished (each worker may have just begun one); no more start.
        assertThat(firstRun).isEqualTo(made.get()).isBetween(15, 15 + settings(out).threads() - 1);
        assertThat(out.resolve(BatchRunner.PRINT_FILE)).doesNotExist();
        assertNoHalfFiles(out);

        BatchResult result = runner(real).run(plan, settings(out), BatchListener.NONE);
        assertThat(result.resumed()).isEqualTo(firstRun);
        assertEachLetterOnce(out, plan);
    }

    /** A batch run to the end in {@code out}, with the real letter engine. */
    private Path finishedRun(BatchPlan plan) {
        Path out = dir.resolve("out");
        runner(realLetters()).run(plan, settings(out), BatchListener.NONE);
        return out;
    }

    private static TemplateLetters realLetters() {
        return new TemplateLetters(BatchFixtures.TEMPLATES.require("stronger-laws"));
    }

    @Test
    void progressOnlyEverGoesForwardAndEndsAtTheTotal() throws IOException {
        BatchPlan plan = plan();
        List<Integer> counts = java.util.Collections.synchronizedList(new ArrayList<>());
        BatchListener recording = new BatchListener() {
            @Override
            public void progress(BatchProgress progress) {
                counts.add(progress.done());
            }
        };
        runner(realLetters()).run(plan, settings(dir.resolve("out")), recording);
        assertThat(counts).isSorted().doesNotHaveDuplicates().endsWith(plan.letters().size());
    }

    @Test
    void anotherPlanIsNotMixedIntoAnUnfinishedFolder() throws IOException {
        BatchPlan plan = plan();
        Path out = finishedRun(plan);
        TemplateLetters real = realLetters();
        BatchPlan other = BatchPlan.of(plan.check(), "another-template", "");
        assertThatThrownBy(() -> runner(real).run(other, settings(out), BatchListener.NONE))
                .isInstanceOf(DearMpException.class).hasMessageContaining("another file");
    }

    @Test
    void aRecordedLetterWhoseFileIsEmptyAfterAPowerCutIsWrittenAgainAndNoOtherIs() throws IOException {
        BatchPlan plan = plan();
        Path out = finishedRun(plan);
        BatchPlan.PlannedLetter damaged = plan.letters().get(3);
        Path emptied = out.resolve("letters/" + damaged.fileStem() + ".pdf");
        Files.write(emptied, new byte[0]);
        Path untouched = out.resolve("letters/" + plan.letters().get(4).fileStem() + ".pdf");
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(untouched, before);

        BatchResult again = runner(realLetters()).run(plan, settings(out), BatchListener.NONE);

        assertThat(again.resumed()).isEqualTo(plan.letters().size() - 1);
        assertThat(Files.size(emptied)).isPositive();
        assertThat(BatchRunTest.text(emptied)).contains(damaged.supporter().name());
        assertThat(Files.getLastModifiedTime(untouched)).isEqualTo(before);
        // The damaged letter's old line left the log when it was opened again; the repaired letter has one line.
        assertThat(manifestRows(out)).hasSize(plan.letters().size()).doesNotHaveDuplicates()
                .contains(damaged.row().row());
        assertNoHalfFiles(out);
    }

    private static void assertEachLetterOnce(Path out, BatchPlan plan) throws IOException {
        List<Integer> rows = manifestRows(out);
        assertThat(rows).doesNotHaveDuplicates().hasSize(plan.letters().size());
        Map<String, Integer> files = new HashMap<>();
        try (Stream<Path> list = Files.list(out.resolve("letters"))) {
            list.forEach(p -> files.merge(p.getFileName().toString().replaceAll("\\.(pdf|eml)$", ""), 1, Integer::sum));
        }
        assertThat(files).hasSize(plan.letters().size());
        for (BatchPlan.PlannedLetter letter : plan.letters()) {
            Path pdf = out.resolve("letters/" + letter.fileStem() + ".pdf");
            assertThat(pdf).exists();
            assertThat(BatchRunTest.text(pdf)).contains(letter.supporter().name());
        }
        assertNoHalfFiles(out);
    }

    private static void assertNoHalfFiles(Path out) throws IOException {
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    private static List<Integer> manifestRows(Path out) throws IOException {
        List<Integer> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(out.resolve(BatchManifest.FILE_NAME));
        for (String line : lines.subList(1, lines.size())) {
            JsonNode node = JsonMapper.shared().readTree(line);
            rows.add(node.get("row").asInt());
        }
        return rows;
    }
}
