package org.dearmp.batch.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.batch.map.HexMap;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TestClocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan hands its letters over in groups of whole seats, each read again from the file: however
 * small the groups, the run writes the same letters, names, print file and report as in one group.
 */
@DataTest
class BatchInGroupsTest {

    @TempDir
    Path dir;

    private BatchCheck check(Path file) {
        SupporterFile supporters = SupporterFile.open(file);
        BatchCheck check = BatchFixtures.service().check(supporters, ColumnMapping.autoDetect(supporters.headers()),
                BatchListener.NONE);
        check.applyDefault(DefaultPolicy.SKIP);
        return check;
    }

    private BatchResult run(BatchPlan plan, Path out) {
        return new BatchRunner(new TemplateLetters(BatchFixtures.TEMPLATES.require("stronger-laws")),
                new ExportLetterFiles(false, TestClocks.FIXED), HexMap.bundled())
                .run(plan, new BatchSettings(out, "stronger-laws", "", LocalDate.of(2026, 11, 27), 2), BatchListener.NONE);
    }

    @Test
    void groupsOfOneSeatWriteTheSameLettersNamesPrintFileAndReportAsOneGroup() throws IOException {
        BatchCheck check = check(BatchFixtures.messyCsv(dir));
        BatchPlan whole = BatchPlan.of(check, "stronger-laws", "", 1_000_000);
        BatchPlan bySeat = BatchPlan.of(check, "stronger-laws", "", 1);

        assertThat(bySeat.hash()).isEqualTo(whole.hash());
        assertThat(bySeat.letters()).extracting(BatchPlan.PlannedLetter::fileStem)
                .containsExactlyElementsOf(whole.letters().stream().map(BatchPlan.PlannedLetter::fileStem).toList())
                .hasSize(whole.letterCount());
        List<Integer> groupSizes = new ArrayList<>();
        bySeat.forEachGroup(group -> groupSizes.add(group.size()));
        assertThat(groupSizes).hasSizeGreaterThan(1);

        BatchResult one = run(whole, dir.resolve("one"));
        BatchResult many = run(bySeat, dir.resolve("many"));

        assertThat(many.written()).isEqualTo(one.written()).isEqualTo(whole.letterCount());
        assertThat(Files.readAllBytes(many.report())).isEqualTo(Files.readAllBytes(one.report()));
        assertThat(Files.readAllBytes(many.summaryFile())).isEqualTo(Files.readAllBytes(one.summaryFile()));
        assertThat(names(dir.resolve("many/letters"))).isEqualTo(names(dir.resolve("one/letters")));
        // One print file per group, named so they sort in print order, holding between them the one group's pages.
        assertThat(one.printFiles()).extracting(f -> f.getFileName().toString()).containsExactly("all-letters-for-printing.pdf");
        int n = groupSizes.size();
        List<String> printNames = many.printFiles().stream().map(f -> f.getFileName().toString()).toList();
        assertThat(printNames).hasSize(n).isSorted().allMatch(name -> name.matches("all-letters-for-printing-\\d+-of-" + n + "\\.pdf"));
        List<String> manyPages = new ArrayList<>();
        for (Path print : many.printFiles()) {
            manyPages.addAll(pages(print));
        }
        assertThat(manyPages).isEqualTo(pages(one.printFile()));

        // Clearing the folder takes every print file with it.
        BatchFolder.clear(dir.resolve("many"));
        assertThat(names(dir.resolve("many"))).noneMatch(name -> name.startsWith("all-letters-for-printing"));
    }

    @Test
    void nearCopiesAreTheSameWordsToTheSameMpNotToAnother() throws IOException {
        String words = "\"" + BatchFixtures.SHARED_MESSAGE + "\"";
        Path file = dir.resolve("copies.csv");
        // LL61 6YY and LL59 5ER are both in Ynys Môn; EH1 1YH is in Edinburgh.
        Files.writeString(file, "Full name,Postcode,Personal message\n"
                + "Siân Jones,LL61 6YY," + words + "\n"
                + "Rhys Evans,LL59 5ER," + words + "\n"
                + "Morag Reid,EH1 1YH," + words + "\n", StandardCharsets.UTF_8);
        BatchResult result = run(BatchPlan.of(check(file), "stronger-laws", ""), dir.resolve("out"));

        assertThat(result.nearCopies()).isEqualTo(1);
        List<SupporterFile.RawRow> report = new ArrayList<>();
        try (var rows = SupporterFile.open(result.report()).rows()) {
            rows.forEachRemaining(report::add);
        }
        assertThat(report).extracting(r -> r.cell(1)).containsExactly("Siân Jones", "Rhys Evans", "Morag Reid");
        // In print order Evans comes before Jones, so Jones's letter is the copy.
        assertThat(report.get(0).cell(9)).contains("Near copy of row 3");
        assertThat(report.get(1).cell(9)).doesNotContain("Near copy");
        assertThat(report.get(2).cell(9)).doesNotContain("Near copy");
    }

    @Test
    void aFileSavedAgainAfterItsCheckStillGivesTheLettersThatWereChecked() throws IOException {
        Path file = BatchFixtures.messyCsv(dir);
        BatchCheck check = check(file);
        BatchPlan plan = BatchPlan.of(check, "stronger-laws", "");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("Rhys", "Someone Else")
                + "Ann,Other,1 Street,Bath,BA1 1AA,,,,\r\n", StandardCharsets.UTF_8);

        BatchResult result = run(plan, dir.resolve("out"));

        assertThat(result.written()).isEqualTo(plan.letterCount());
        assertThat(names(dir.resolve("out/letters"))).anyMatch(name -> name.startsWith("Rhys Evans"))
                .noneMatch(name -> name.contains("Someone Else") || name.startsWith("Ann Other"));
    }

    @Test
    void printFileNumbersArePaddedSoTheySortInPrintOrder() {
        assertThat(BatchRunner.printFileName(0, 1)).isEqualTo("all-letters-for-printing.pdf");
        assertThat(BatchRunner.printFileName(2, 53)).isEqualTo("all-letters-for-printing-03-of-53.pdf");
        assertThat(BatchRunner.printFileName(52, 53)).isEqualTo("all-letters-for-printing-53-of-53.pdf");
        assertThat(BatchRunner.printFileName(8, 100)).isEqualTo("all-letters-for-printing-009-of-100.pdf");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> pages(Path pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PdfReader reader = new PdfReader(pdf.toString())) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                texts.add(extractor.getTextFromPage(page));
            }
        }
        return texts;
    }
}
