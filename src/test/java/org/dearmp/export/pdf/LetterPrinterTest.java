package org.dearmp.export.pdf;

import org.dearmp.testsupport.TestClocks;
import org.dearmp.testsupport.SampleLetters;

import org.dearmp.export.ExportException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.awt.print.PrinterException;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.letter.Letter;
import org.dearmp.letter.Sender;
import org.junit.jupiter.api.Test;

class LetterPrinterTest {

    private final LetterPdfExporter pdf = new LetterPdfExporter(TestClocks.FIXED);

    /** A printer that records what it was given, and answers the dialog as told. */
    private static final class FakePrinters implements LetterPrinter.Printers {
        boolean installed = true;
        boolean userPrints = true;
        PrinterException failure;
        final List<Pageable> jobs = new ArrayList<>();
        final List<String> names = new ArrayList<>();

        @Override
        public boolean any() {
            return installed;
        }

        @Override
        public boolean print(Pageable pages, String jobName) throws PrinterException {
            if (failure != null) {
                throw failure;
            }
            jobs.add(pages);
            names.add(jobName);
            return userPrints;
        }
    }

    /** A page drawn as a printer would, at two pixels a point, white where nothing is printed. */
    private static BufferedImage render(Pageable pages, int index) throws PrinterException {
        int width = (int) (LetterLayout.PAGE_WIDTH * 2);
        int height = (int) (LetterLayout.PAGE_HEIGHT * 2);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.scale(2, 2);
        int result = pages.getPrintable(index).print(g, pages.getPageFormat(index), index);
        g.dispose();
        assertThat(result).isEqualTo(Printable.PAGE_EXISTS);
        return image;
    }

    /** Rows (in points from the top) holding dark ink. */
    private static List<Integer> inkedRows(BufferedImage image) {
        List<Integer> rows = new ArrayList<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    rows.add(y / 2);
                    break;
                }
            }
        }
        return rows;
    }

    @Test
    void everyPageOfThePdfIsPrintedAndTheSecondHoldsTheRestOfTheLetter() throws Exception {
        Letter letter = SampleLetters.twoPages();
        FakePrinters printers = new FakePrinters();
        assertThat(new LetterPrinter(pdf, printers).print(letter)).isTrue();
        Pageable job = printers.jobs.get(0);
        assertThat(job.getNumberOfPages()).isEqualTo(pdf.pageCount(letter)).isEqualTo(2);
        assertThat(printers.names).containsExactly("Letter to Llinos Medi MP");
        assertThat(job.getPageFormat(1).getWidth()).isEqualTo(LetterLayout.PAGE_WIDTH, org.assertj.core.data.Offset.offset(0.01));

        List<Integer> first = inkedRows(render(job, 0));
        List<Integer> second = inkedRows(render(job, 1));
        // Page 2: the header, many lines of the letter, the signature and the footer, not a blank sheet.
        assertThat(second.size()).isGreaterThan(100);
        // The first line of text sits where the PDF puts it: its baseline 22 mm and one line below the top.
        float firstBaseline = LetterLayout.MARGIN_TOP + LetterLayout.LEADING;
        assertThat(first.get(0)).isBetween((int) (firstBaseline - 12), (int) firstBaseline);
        assertThat(second.get(second.size() - 1)).as("the page number, near the foot")
                .isGreaterThan((int) (LetterLayout.PAGE_HEIGHT - LetterLayout.MARGIN_BOTTOM));
        assertThat(((Printable) job).print(render(job, 0).createGraphics(), job.getPageFormat(0), 2))
                .isEqualTo(Printable.NO_SUCH_PAGE);
    }

    @Test
    void aOnePageLetterPrintsOnePage() {
        FakePrinters printers = new FakePrinters();
        new LetterPrinter(pdf, printers).print(SampleLetters.onePage());
        assertThat(printers.jobs.get(0).getNumberOfPages()).isEqualTo(1);
    }

    @Test
    void withNoPrinterItSaysSoAndHowElseToPrint() {
        FakePrinters printers = new FakePrinters();
        printers.installed = false;
        assertThatThrownBy(() -> new LetterPrinter(pdf, printers).print(SampleLetters.onePage()))
                .isInstanceOf(ExportException.NoPrinter.class)
                .hasMessage("No printer is set up on this computer, so the letter can't be printed. Save it as a PDF "
                        + "and print it from another computer.");
        assertThat(printers.jobs).isEmpty();
    }

    @Test
    void cancellingThePrintDialogPrintsNothingAndARefusedJobSaysWhy() {
        FakePrinters printers = new FakePrinters();
        printers.userPrints = false;
        assertThat(new LetterPrinter(pdf, printers).print(SampleLetters.onePage())).isFalse();
        printers.failure = new PrinterException("the printer is off-line");
        assertThatThrownBy(() -> new LetterPrinter(pdf, printers).print(SampleLetters.onePage()))
                .isInstanceOf(ExportException.PrintFailed.class)
                .hasMessageContaining("the printer is off-line").hasMessageNotContaining("Exception");
    }

    /** Dark pixels on a page. */
    private static long ink(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static Letter signedBy(String name) {
        Letter base = SampleLetters.onePage();
        Sender sender = new Sender(name, base.sender().addressLines(), base.sender().postcode(), "", "");
        return new Letter(sender, base.recipient(), base.date(), base.subject(), base.salutation(), base.body(),
                base.signOff(), base.templateId());
    }

    @Test
    void aNameInAScriptLiberationLacksIsPrintedInTheFallbackFontAsInThePdf() throws Exception {
        LetterPrinter printer = new LetterPrinter(pdf, new FakePrinters());
        long latinOnly = ink(render(printer.pages(signedBy("Ann")), 0));
        long withChinese = ink(render(printer.pages(signedBy("Ann \u738B\u5C0F\u660E")), 0));
        long withArabic = ink(render(printer.pages(signedBy("Ann \u0645\u062D\u0645\u062F")), 0));
        // The name is printed twice (the sender's block and the signature): each glyph adds ink.
        assertThat(withChinese).as("Chinese name printed, not left out").isGreaterThan(latinOnly + 200);
        assertThat(withArabic).as("Arabic name printed, not left out").isGreaterThan(latinOnly + 100);
    }

    @Test
    void aLetterWithACharacterNoFontHasIsNotPrintedWithGaps() {
        FakePrinters printers = new FakePrinters();
        assertThatThrownBy(() -> new LetterPrinter(pdf, printers).print(signedBy("Ann " + MixedScriptLetterTest.NO_FONT)))
                .isInstanceOf(ExportException.Unprintable.class).hasMessageContaining(MixedScriptLetterTest.NO_FONT);
        assertThat(printers.jobs).isEmpty();
    }
}
