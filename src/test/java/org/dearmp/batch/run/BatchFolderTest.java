package org.dearmp.batch.run;

import org.dearmp.testsupport.TestClocks;
import org.dearmp.testsupport.BatchFixtures;

import org.dearmp.batch.BatchCancelledException;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.check.BatchCheck;
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
import java.util.List;
import java.util.stream.Stream;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output folder's earlier batch: found from its manifest, and cleared of that batch's files only. */
@DataTest
class BatchFolderTest {

    @TempDir
    Path dir;

    private BatchPlan plan() throws IOException {
        Path file = dir.resolve("supporters.csv");
        Files.writeString(file, "Full name,Postcode\nAnn Jones,CF10 1FL\nBob Smith,EH1 1EG\nCara Wyn,LL55 1SH\n",
                StandardCharsets.UTF_8);
        SupporterFile supporters = SupporterFile.open(file);
        BatchCheck check = BatchFixtures.service().check(supporters, ColumnMapping.autoDetect(supporters.headers()),
                BatchListener.NONE);
        return BatchPlan.of(check, "stronger-laws", "");
    }

    private static BatchResult run(BatchPlan plan, Path out, BatchListener listener) {
        return new BatchRunner(new TemplateLetters(BatchFixtures.TEMPLATES.require("stronger-laws")),
                new ExportLetterFiles(false, TestClocks.FIXED), HexMap.bundled())
                .run(plan, new BatchSettings(out, "stronger-laws", "", LocalDate.of(2026, 11, 27), 1), listener);
    }

    @Test
    void aFolderWithoutAManifestHoldsNoBatch() throws IOException {
        assertThat(BatchFolder.inspect(dir.resolve("not there")).state()).isEqualTo(BatchFolder.State.NONE);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.writeString(dir.resolve(BatchRunner.REPORT_FILE), "someone else's report");
        assertThat(BatchFolder.inspect(dir).state()).isEqualTo(BatchFolder.State.NONE);
        assertThat(BatchFolder.clear(dir).removed()).isZero();
        assertThat(dir.resolve(BatchRunner.REPORT_FILE)).exists();
        Files.writeString(dir.resolve(BatchManifest.FILE_NAME), "not a manifest\n");
        assertThat(BatchFolder.inspect(dir).state()).isEqualTo(BatchFolder.State.NONE);
    }

    @Test
    void aBatchRunToTheEndIsFinishedAndOneCancelledIsNot() throws IOException {
        BatchPlan plan = plan();
        Path cancelled = dir.resolve("cancelled");
        BatchListener stopAtOnce = new BatchListener() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> run(plan, cancelled, stopAtOnce)).isInstanceOf(BatchCancelledException.class);
        BatchFolder.Earlier stopped = BatchFolder.inspect(cancelled);
        assertThat(stopped.state()).isEqualTo(BatchFolder.State.UNFINISHED);
        assertThat(stopped.letters()).isEqualTo(3);

        Path out = dir.resolve("out");
        run(plan, out, BatchListener.NONE);
        BatchFolder.Earlier done = BatchFolder.inspect(out);
        assertThat(done.state()).isEqualTo(BatchFolder.State.FINISHED);
        assertThat(done.written()).isEqualTo(3);
    }

    @Test
    void aManifestTornInsideACharacterStillShowsItsBatchAndClearsItsLetters() throws IOException {
        BatchPlan plan = plan();
        Path out = dir.resolve("out");
        run(plan, out, BatchListener.NONE);
        byte[] torn = "{\"row\":9,\"files\":[\"letters/Ŵyn".getBytes(StandardCharsets.UTF_8);
        // A crash cut the line through the two bytes of "Ŵ".
        Files.write(out.resolve(BatchManifest.FILE_NAME), java.util.Arrays.copyOf(torn, torn.length - 3),
                java.nio.file.StandardOpenOption.APPEND);

        BatchFolder.Earlier earlier = BatchFolder.inspect(out);
        assertThat(earlier.state()).isEqualTo(BatchFolder.State.FINISHED);
        assertThat(earlier.written()).isEqualTo(3);
        BatchFolder.clear(out);
        assertThat(out.resolve(BatchRunner.LETTERS_FOLDER)).doesNotExist();
        assertThat(out.resolve(BatchManifest.FILE_NAME)).doesNotExist();
    }

    @Test
    void clearingRemovesOnlyWhatTheBatchWrote() throws IOException {
        BatchPlan plan = plan();
        Path out = dir.resolve("out");
        run(plan, out, BatchListener.NONE);
        Path mine = Files.writeString(out.resolve("campaign notes.txt"), "keep me");
        Path myLetter = Files.writeString(out.resolve("letters/my own draft.pdf"), "keep me too");
        Path outside = Files.writeString(dir.resolve("outside.pdf"), "never touched");
        // A manifest edited to list files outside the letters folder: they are not the batch's to delete.
        Files.writeString(out.resolve(BatchManifest.FILE_NAME),
                "{\"row\":99,\"files\":[\"letters/../../outside.pdf\",\"../outside.pdf\",\"" + outside.toAbsolutePath()
                        .toString().replace("\\", "\\\\") + "\",\"campaign notes.txt\",\"letters/\"]}\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(out.resolve("letters/.Ann Jones.pdf.x1.part"), "half");

        BatchFolder.Cleared cleared = BatchFolder.clear(out);

        // 3 PDFs (the MPs here all have emails: 3 .eml too), the half file, 4 run files, the manifest.
        assertThat(cleared.removed()).isEqualTo(3 + 3 + 1 + 4 + 1);
        assertThat(cleared.keptOthers()).isEqualTo(1);
        assertThat(mine).hasContent("keep me");
        assertThat(myLetter).hasContent("keep me too");
        assertThat(outside).hasContent("never touched");
        assertThat(files(out)).containsExactlyInAnyOrder("campaign notes.txt", "letters", "letters/my own draft.pdf");
        assertThat(BatchFolder.inspect(out).state()).isEqualTo(BatchFolder.State.NONE);

        // The same batch written again into the cleared folder starts afresh: nothing resumed.
        assertThat(run(plan, out, BatchListener.NONE).resumed()).isZero();
    }

    @Test
    void aFolderLeftEmptyOfLettersLosesItsLettersFolderButNotItself() throws IOException {
        BatchPlan plan = plan();
        Path out = dir.resolve("out");
        run(plan, out, BatchListener.NONE);
        BatchFolder.clear(out);
        assertThat(out).isEmptyDirectory();
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}
