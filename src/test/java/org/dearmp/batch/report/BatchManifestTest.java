package org.dearmp.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dearmp.store.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** The log a resumed batch trusts: every line it keeps is a whole letter's. */
class BatchManifestTest {

    @TempDir
    Path dir;

    private final BatchManifest.Header header = new BatchManifest.Header("abc", "stronger-laws", LocalDate.of(2026, 12, 2), 100);

    @Test
    void anEntryLineIsWhatJacksonWouldWriteForAnyFileName() {
        List<String> names = List.of("letters/O\"Brien \\ Siân - Ynys Môn.pdf", "letters/tab\there\u0001.eml",
                "letters/王秀英 \uD83D\uDE00.pdf");
        BatchManifest.Entry entry = new BatchManifest.Entry(7, names);
        ObjectNode node = Mappers.json().createObjectNode();
        node.put("row", 7);
        names.forEach(node.putArray("files")::add);

        String line = BatchManifest.entryLine(entry);

        assertThat(line).isEqualTo(Mappers.json().writeValueAsString(node));
        assertThat(BatchManifest.parseEntry(line)).isEqualTo(entry);
    }

    @Test
    void linesReachTheFileInGroupsAndAllOfThemOnClose() throws IOException {
        Path log = dir.resolve(BatchManifest.FILE_NAME);
        try (BatchManifest manifest = BatchManifest.open(dir, header)) {
            for (int row = 1; row <= BatchManifest.LINES_PER_FLUSH + 1; row++) {
                manifest.recordDone(row, List.of("letters/" + row + ".pdf"));
            }
            List<String> seen = Files.readAllLines(log, StandardCharsets.UTF_8);
            // The header and one whole group; the letter after it is still in memory.
            assertThat(seen).hasSize(1 + BatchManifest.LINES_PER_FLUSH);
            assertThat(seen.subList(1, seen.size())).allSatisfy(l -> assertThat(BatchManifest.parseEntry(l)).isNotNull());
        }
        assertThat(Files.readAllLines(log, StandardCharsets.UTF_8)).hasSize(2 + BatchManifest.LINES_PER_FLUSH);
        try (BatchManifest again = BatchManifest.open(dir, header)) {
            assertThat(again.doneCount()).isEqualTo(BatchManifest.LINES_PER_FLUSH + 1);
            assertThat(again.isDone(3)).isTrue();
            again.recordDone(3, List.of("letters/3.pdf"));
            again.recordDone(40, List.of("letters/40.pdf"));
            assertThat(again.doneCount()).isEqualTo(BatchManifest.LINES_PER_FLUSH + 2);
            // This run's letters are not kept in memory: only an earlier run's are ever looked up.
            assertThat(again.isDone(40)).isFalse();
        }
    }

    @Test
    void aLastLineTornInsideACharacterIsDroppedAndTheRestResumes() throws IOException {
        try (BatchManifest manifest = BatchManifest.open(dir, header)) {
            manifest.recordDone(2, List.of("letters/Siân Ap Dafydd - Ynys Môn.pdf"));
        }
        Path log = dir.resolve(BatchManifest.FILE_NAME);
        byte[] torn = "{\"row\":3,\"files\":[\"letters/Ŵyn".getBytes(StandardCharsets.UTF_8);
        // Cut through the two bytes of "Ŵ".
        Files.write(log, java.util.Arrays.copyOf(torn, torn.length - 3), java.nio.file.StandardOpenOption.APPEND);

        assertThat(BatchManifest.existingHeader(dir)).contains(header);
        try (BatchManifest again = BatchManifest.open(dir, header)) {
            assertThat(again.doneCount()).isEqualTo(1);
            assertThat(again.isDone(2)).isTrue();
            assertThat(again.isDone(3)).isFalse();
        }
        List<BatchManifest.Entry> entries = new java.util.ArrayList<>();
        BatchManifest.forEachEntry(dir, entries::add);
        assertThat(entries).containsExactly(new BatchManifest.Entry(2, List.of("letters/Siân Ap Dafydd - Ynys Môn.pdf")));
    }

    @Test
    void aLetterWhoseFilesAreNotWholeIsNotDoneAndLeavesTheManifest() throws IOException {
        try (BatchManifest manifest = BatchManifest.open(dir, header)) {
            manifest.recordDone(2, List.of("letters/2.pdf"));
            manifest.recordDone(3, List.of("letters/3.pdf"));
        }
        try (BatchManifest again = BatchManifest.open(dir, header, entry -> entry.row() != 3)) {
            assertThat(again.isDone(2)).isTrue();
            assertThat(again.isDone(3)).isFalse();
        }
        List<Integer> rows = new java.util.ArrayList<>();
        BatchManifest.forEachEntry(dir, entry -> rows.add(entry.row()));
        assertThat(rows).containsExactly(2);
    }

    @Test
    void aLineTooLongToBeALettersIsSkippedNotReadIntoMemory() throws IOException {
        try (BatchManifest manifest = BatchManifest.open(dir, header)) {
            manifest.recordDone(2, List.of("letters/2.pdf"));
        }
        Path log = dir.resolve(BatchManifest.FILE_NAME);
        String huge = "{\"row\":3,\"files\":[\"" + "x".repeat(ManifestLines.MAX_LINE + 10) + "\"]}\n";
        Files.writeString(log, huge + "{\"row\":4,\"files\":[\"letters/4.pdf\"]}\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        try (BatchManifest again = BatchManifest.open(dir, header)) {
            assertThat(again.isDone(2)).isTrue();
            assertThat(again.isDone(3)).isFalse();
            assertThat(again.isDone(4)).isTrue();
        }
    }
}
