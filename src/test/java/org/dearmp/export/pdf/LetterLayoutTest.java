package org.dearmp.export.pdf;

import org.dearmp.testsupport.TestClocks;
import org.dearmp.testsupport.PdfInspector;
import org.dearmp.testsupport.SampleLetters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterBlock;
import org.junit.jupiter.api.Test;

class LetterLayoutTest {

    private static final float LEFT = LetterLayout.MARGIN_SIDE;
    private static final float RIGHT = LetterLayout.PAGE_WIDTH - LetterLayout.MARGIN_SIDE;

    private final LetterFonts fonts = LetterFonts.shared();
    private final LetterPdfExporter exporter = new LetterPdfExporter(TestClocks.FIXED);

    private static Letter withBody(String... paragraphs) {
        Letter base = SampleLetters.onePage();
        return new Letter(base.sender(), base.recipient(), base.date(), base.subject(), base.salutation(),
                java.util.Arrays.stream(paragraphs).<LetterBlock>map(LetterBlock.Paragraph::new).toList(), base.signOff(),
                base.templateId());
    }

    @Test
    void everyLineStaysInsideTheMarginsOfItsPage() {
        for (Letter letter : List.of(SampleLetters.onePage(), SampleLetters.twoPages(), SampleLetters.toMpWithoutEmail())) {
            for (LaidOutLetter.Page page : exporter.layOut(letter).pages()) {
                for (LaidOutLetter.Line line : page.lines()) {
                    float width = fonts.width(line.bold(), line.text(), line.size());
                    assertThat(line.x()).as(line.text()).isGreaterThanOrEqualTo(LEFT - 0.01f);
                    assertThat(line.x() + width).as(line.text()).isLessThanOrEqualTo(RIGHT + 0.01f);
                    assertThat(line.y()).as(line.text()).isBetween(0f, LetterLayout.PAGE_HEIGHT);
                    if (!line.quiet()) {
                        assertThat(line.y()).as(line.text()).isGreaterThanOrEqualTo(LetterLayout.MARGIN_BOTTOM);
                    }
                }
            }
        }
    }

    private static Letter signedBy(String name) {
        Letter base = SampleLetters.onePage();
        org.dearmp.letter.Sender s = base.sender();
        return new Letter(new org.dearmp.letter.Sender(name, s.addressLines(), s.postcode(), s.email(), s.phone()),
                base.recipient(), base.date(), base.subject(), base.salutation(), base.body(), base.signOff(),
                base.templateId());
    }

    /** Every line of every page ends inside the right margin (the review's cases: long names, long tokens). */
    private void assertInsideMargins(LaidOutLetter laid) {
        for (LaidOutLetter.Page page : laid.pages()) {
            for (LaidOutLetter.Line line : page.lines()) {
                assertThat(line.x() + fonts.width(line.bold(), line.text(), line.size())).as(line.text())
                        .isLessThanOrEqualTo(RIGHT + 0.01f);
            }
        }
    }

    @Test
    void aLongNameWrapsInTheSignatureAsInTheAddressAndStaysWithTheSignOff() {
        String name = "Dr Łukasz Wróblewski-Montgomery-Fitzwilliam, Chair of the Holyhead and District Anti-Trafficking Volunteers";
        LaidOutLetter laid = exporter.layOut(signedBy(name));
        assertInsideMargins(laid);
        List<String> last = laid.pages().get(laid.pageCount() - 1).lines().stream().map(LaidOutLetter.Line::text).toList();
        int signOff = last.indexOf("Yours sincerely,");
        assertThat(signOff).isNotNegative();
        // Lines join with a space, except after a line that ends at a hyphen (a break the line may take).
        String signed = String.join(" ", last.subList(signOff + 1, last.size())).replace("- ", "-").strip();
        assertThat(signed).endsWith(name);
    }

    @Test
    void aLongTokenAfterAOneLetterWordDoesNotRunIntoTheMargin() {
        assertInsideMargins(exporter.layOut(withBody("i " + "i".repeat(140) + "\u2014x")));
        assertInsideMargins(exporter.layOut(withBody("See https://www.example.org/" + "a-very-long-path/".repeat(12))));
    }

    @Test
    void leadingSpacesBeforeAnOverlongWordMakeNoEmptyLine() {
        List<String> lines = exporter.layOut(withBody("first\n   " + "x".repeat(120))).pages().get(0).lines().stream()
                .map(LaidOutLetter.Line::text).toList();
        int first = lines.indexOf("first");
        assertThat(lines.get(first + 1).strip()).startsWith("xxx");
    }

    @Test
    void everyKindOfLineBreakKeepsWordsApartAndSoftHyphensAreNotPrinted() {
        List<String> lines = exporter.layOut(withBody("line one\u000bline two\u2028line three\fline four\u0085line five "
                + "inter\u00adnational co\u00adoperation")).pages().get(0).lines().stream().map(LaidOutLetter.Line::text).toList();
        assertThat(lines).contains("line one", "line two", "line three", "line four", "line five international cooperation");
    }

    @Test
    void aParagraphBreaksBetweenWordsAndKeepsEveryWordInOrder() {
        String paragraph = "Frontline staff in health, policing and councils should be trained to spot the signs. ".repeat(6).strip();
        LaidOutLetter laid = exporter.layOut(withBody(paragraph));
        List<String> lines = laid.pages().get(0).lines().stream().map(LaidOutLetter.Line::text)
                .filter(t -> !t.isBlank() && paragraph.contains(t)).toList();
        assertThat(lines.size()).isGreaterThan(3);
        assertThat(String.join(" ", lines)).isEqualTo(paragraph);
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
    }

    private static final String LONG_ADDRESS = "https://www.gov.uk/government/publications/modern-slavery-statutory-"
            + "guidance-for-england-and-wales-and-non-statutory-guidance-for-scotland-and-northern-ireland/annex-b";

    private List<String> bodyLines(LaidOutLetter laid) {
        return laid.pages().stream().flatMap(p -> p.lines().stream()).filter(l -> !l.quiet())
                .map(LaidOutLetter.Line::text).toList();
    }

    @Test
    void aLongWebAddressBreaksAfterASlashAHyphenOrAFullStopAndNeverInsideAWord() {
        LaidOutLetter laid = exporter.layOut(withBody("The guidance is at " + LONG_ADDRESS + " and I hope you read it."));
        List<String> lines = bodyLines(laid);
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("https:")) {
                first = i;
            }
        }
        assertThat(first).as("a line with the address").isNotNegative();
        assertThat(lines.get(first)).as("the scheme stays whole").contains("https://www.");
        StringBuilder joined = new StringBuilder(lines.get(first).substring(lines.get(first).indexOf("https:")));
        int i = first;
        while (joined.length() < LONG_ADDRESS.length()) {
            String piece = lines.get(i);
            assertThat(piece.charAt(piece.length() - 1)).as("line %s ends after a slash, hyphen or full stop", piece)
                    .isIn('/', '-', '.');
            joined.append(lines.get(++i));
        }
        assertThat(joined.toString()).startsWith(LONG_ADDRESS);
        assertInsideMargins(laid);
    }

    @Test
    void aHyphenatedWordMayBreakAfterItsHyphen() {
        boolean brokeAtHyphen = false;
        // Different lengths of text before it put "co-operation" across the end of the line at some point.
        for (int pad = 0; pad < 40 && !brokeAtHyphen; pad++) {
            String text = "a".repeat(pad) + " " + "We need real cross-party co-operation on this. ".repeat(6);
            brokeAtHyphen = bodyLines(exporter.layOut(withBody(text))).stream()
                    .anyMatch(l -> l.endsWith("co-") || l.endsWith("cross-"));
        }
        assertThat(brokeAtHyphen).isTrue();
    }

    @Test
    void fullStopsInsideAbbreviationsAndNumbersAreNotBreakPoints() {
        for (int pad = 0; pad < 40; pad++) {
            String text = "a".repeat(pad) + " " + "Costs rose by 12.5 per cent, e.g. in housing and care. ".repeat(6);
            assertThat(bodyLines(exporter.layOut(withBody(text)))).as("pad %d", pad)
                    .noneMatch(l -> l.endsWith(" e.") || l.endsWith(" 12.")).noneMatch(l -> l.startsWith("g. ") || l.startsWith("5 per"));
        }
    }

    @Test
    void aWordWiderThanTheLineIsBrokenRatherThanRunningOffThePage() {
        String longWord = "x".repeat(300);
        LaidOutLetter laid = exporter.layOut(withBody(longWord));
        List<LaidOutLetter.Line> pieces = laid.pages().get(0).lines().stream().filter(l -> l.text().startsWith("xxx")).toList();
        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(pieces.stream().map(LaidOutLetter.Line::text).reduce("", String::concat)).isEqualTo(longWord);
    }

    @Test
    void lineBreaksTypedInAStoryAreKept() {
        LaidOutLetter laid = exporter.layOut(withBody("First line of my story\nSecond line\n\nAfter a blank line"));
        List<LaidOutLetter.Line> lines = laid.pages().get(0).lines();
        LaidOutLetter.Line first = find(lines, "First line of my story");
        LaidOutLetter.Line second = find(lines, "Second line");
        LaidOutLetter.Line third = find(lines, "After a blank line");
        assertThat(first.y() - second.y()).isEqualTo(LetterLayout.LEADING);
        assertThat(second.y() - third.y()).isEqualTo(2 * LetterLayout.LEADING);
    }

    @Test
    void theSignOffAndTheNameAreNeverSplitAcrossPages() {
        for (int paragraphs = 1; paragraphs < 40; paragraphs++) {
            String[] body = new String[paragraphs];
            java.util.Arrays.fill(body, "A short paragraph that takes one line.");
            LaidOutLetter laid = exporter.layOut(withBody(body));
            LaidOutLetter.Page last = laid.pages().get(laid.pageCount() - 1);
            assertThat(last.lines()).extracting(LaidOutLetter.Line::text)
                    .as("%d paragraphs", paragraphs).contains("Yours sincerely,", SampleLetters.POLISH_NAME);
        }
    }

    /** A paragraph of numbered words ("p3w0 p3w1 ..."), so each laid-out line says which paragraph it is from. */
    private static String numbered(int paragraph, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append('p').append(paragraph).append('w').append(w).append(w % 3 == 0 ? " and" : "");
        }
        return text.toString();
    }

    /** Body lines per paragraph per page: counts.get(paragraph)[page]. */
    private static java.util.Map<Integer, int[]> linesByParagraphAndPage(LaidOutLetter laid) {
        java.util.Map<Integer, int[]> counts = new java.util.TreeMap<>();
        for (int page = 0; page < laid.pageCount(); page++) {
            for (LaidOutLetter.Line line : laid.pages().get(page).lines()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^p(\\d+)w").matcher(line.text());
                if (m.find()) {
                    counts.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new int[laid.pageCount()])[page]++;
                }
            }
        }
        return counts;
    }

    @Test
    void aParagraphSplitAcrossPagesLeavesAtLeastTwoLinesOnEachSide() {
        int splits = 0;
        for (int paragraphs = 6; paragraphs <= 14; paragraphs++) {
            for (int opening = 1; opening <= 30; opening += 3) {
                String[] body = new String[paragraphs + 1];
                body[0] = numbered(0, opening);
                for (int i = 1; i <= paragraphs; i++) {
                    body[i] = numbered(i, 40 + 7 * (i % 4));
                }
                LaidOutLetter laid = exporter.layOut(withBody(body));
                for (var entry : linesByParagraphAndPage(laid).entrySet()) {
                    int[] perPage = entry.getValue();
                    long pagesUsed = java.util.Arrays.stream(perPage).filter(c -> c > 0).count();
                    if (pagesUsed > 1) {
                        splits++;
                        assertThat(java.util.Arrays.stream(perPage).filter(c -> c == 1).count())
                                .as("paragraph %d of %d, opening %d: lines per page %s", entry.getKey(), paragraphs,
                                        opening, java.util.Arrays.toString(perPage)).isZero();
                    }
                }
            }
        }
        assertThat(splits).as("paragraphs split across pages").isGreaterThan(10);
    }

    @Test
    void theLastPageNeverHoldsOnlyTheSignOffAndTheLastParagraphGoesWithIt() {
        for (int paragraphs = 1; paragraphs < 60; paragraphs++) {
            String[] body = new String[paragraphs];
            for (int i = 0; i < paragraphs; i++) {
                body[i] = numbered(i, i % 2 == 0 ? 4 : 26);
            }
            LaidOutLetter laid = exporter.layOut(withBody(body));
            int[] last = linesByParagraphAndPage(laid).get(paragraphs - 1);
            assertThat(last[laid.pageCount() - 1]).as("%d paragraphs: the last one is on the last page", paragraphs)
                    .isPositive();
            assertThat(java.util.Arrays.stream(last).sum()).as("%d paragraphs: all of it", paragraphs)
                    .isEqualTo(last[laid.pageCount() - 1]);
        }
    }

    @Test
    void aLetterInItsOwnFileAndInThePrintFileShowsTheSameText() throws IOException {
        LaidOutLetter laid = exporter.layOut(SampleLetters.twoPages());
        ByteArrayOutputStream print = new ByteArrayOutputStream();
        try (MergedLetterPdf merged = exporter.openMerged(print, new PdfDocumentInfo("Batch", "", ""), false)) {
            merged.add(exporter.layOut(SampleLetters.onePage()));
            merged.add(laid);
        }
        ByteArrayOutputStream own = new ByteArrayOutputStream();
        exporter.write(laid, own);
        try (PdfInspector single = new PdfInspector(own.toByteArray()); PdfInspector merged = new PdfInspector(print.toByteArray())) {
            assertThat(single.pages()).isEqualTo(2);
            assertThat(merged.text(2)).isEqualTo(single.text(1));
            assertThat(merged.text(3)).isEqualTo(single.text(2));
        }
    }

    private static LaidOutLetter.Line find(List<LaidOutLetter.Line> lines, String text) {
        return lines.stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }
}
