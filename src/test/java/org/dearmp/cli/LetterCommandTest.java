package org.dearmp.cli;

import org.dearmp.testsupport.CliRun;
import org.dearmp.app.AppContext;
import org.dearmp.testsupport.TempUserData;
import org.dearmp.testsupport.TestClocks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dearmp.testsupport.PathTools;
import org.dearmp.testsupport.PdfInspector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code dear-mp letter} end to end, with real postcodes, the bundled MP list and the bundled templates. */
class LetterCommandTest {

    /** In Ynys Môn, whose MP is Llinos Medi (who has an email address). */
    private static final String YNYS_MON_POSTCODE = "LL58 8AA";
    /** In Omagh: Northern Ireland, so the writer must confirm the seat (West Tyrone, N05000018). */
    private static final String OMAGH_POSTCODE = "BT79 0AA";
    private static final String POINT = "I met Órfhlaith at a drop-in in Holyhead; she told me how little help there was.";

    @TempDir
    Path temp;
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    private List<String> letterArgs(String postcode, String format, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("letter", "--postcode", postcode, "--template", "visit-local-projects",
                "--name", "Łukasz Wróblewski", "--address", "2 Heol y Dŵr", "--address", "Tŷ Newydd, Beaumaris",
                "--email", "lukasz.w@example.org", "--phone", "01248 000000",
                "--point", POINT, "--point", "Frontline staff should be trained to spot the signs.",
                "--story", "I volunteer on Saturdays at a drop-in in Holyhead.",
                "--format", format, "--out", out.toString()));
        args.addAll(List.of(extra));
        return args;
    }

    private CliRun run(List<String> args) {
        return userData.run(args.toArray(String[]::new));
    }

    @Test
    void aPdfLetterHasTheSalutationThePointsTheAddressAndEveryAccent() throws IOException {
        Path pdf = temp.resolve("to my MP.pdf");
        CliRun run = run(letterArgs(YNYS_MON_POSTCODE, "pdf", pdf));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(pdf.toString(), "Llinos Medi MP", "Ynys Môn").containsPattern("\\d+ words, \\d+% in your own words");
        try (PdfInspector inspector = new PdfInspector(Files.readAllBytes(pdf))) {
            String text = inspector.allText().replaceAll("\\s+", " ");
            assertThat(text).contains("Dear Ms Medi,", POINT, "Frontline staff should be trained to spot the signs.",
                    "2 Heol y Dŵr", "Tŷ Newydd, Beaumaris", "LL58 8AA", "Łukasz Wróblewski", "Llinos Medi MP",
                    "House of Commons", "SW1A 0AA", "I volunteer on Saturdays at a drop-in in Holyhead.");
            assertThat(text).contains("ŵ", "ŷ", "Ó", "Ł");
            assertThat(inspector.fonts()).isNotEmpty().allSatisfy((name, embedded) -> assertThat(embedded).as(name).isTrue());
            assertThat(inspector.info()).containsEntry("Author", "Łukasz Wróblewski");
        }
    }

    @Test
    void pdffontsReportsOnlyEmbeddedFonts() throws Exception {
        Path pdffonts = PathTools.onPath("pdffonts");
        Assumptions.assumeTrue(pdffonts != null, "pdffonts (poppler-utils) is not installed");
        Path pdf = temp.resolve("letter.pdf");
        assertThat(run(letterArgs(YNYS_MON_POSTCODE, "pdf", pdf)).exitCode()).isZero();
        Process process = new ProcessBuilder(pdffonts.toString(), pdf.toString()).redirectErrorStream(true).start();
        List<String> fonts = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().skip(2).toList();
        assertThat(process.waitFor()).isZero();
        assertThat(fonts).isNotEmpty().allSatisfy(line -> assertThat(line).containsPattern("yes\\s+yes\\s+yes"));
    }

    @Test
    void chineseAndEmojiArePrintedInAFallbackFontWithNoNoteAboutThem() throws IOException {
        Path pdf = temp.resolve("scripts.pdf");
        List<String> args = letterArgs(YNYS_MON_POSTCODE, "pdf", pdf);
        args.set(args.indexOf("I volunteer on Saturdays at a drop-in in Holyhead."), "We all say \u4F60\u597D \uD83D\uDE00");
        CliRun run = run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out() + run.err()).doesNotContain("print");
        try (PdfInspector inspector = new PdfInspector(Files.readAllBytes(pdf))) {
            assertThat(inspector.allText()).contains("\u4F60\u597D");
        }
    }

    @Test
    void aPdfWithCharactersNoFontCanPrintIsRefusedAndSaysWhich() {
        Path pdf = temp.resolve("refused.pdf");
        List<String> args = letterArgs(YNYS_MON_POSTCODE, "pdf", pdf);
        args.set(args.indexOf("I volunteer on Saturdays at a drop-in in Holyhead."), "I was shaken \uD83E\uDEE8 by it");
        CliRun run = run(args);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("The PDF was not written", "\uD83E\uDEE8", "--format eml");
        assertThat(pdf).doesNotExist();

        CliRun email = run(letterArgs(YNYS_MON_POSTCODE, "eml", temp.resolve("kept.eml")));
        assertThat(email.exitCode()).as(email.err()).isZero();
    }

    @Test
    void anEmailLetterOpensAsADraftToTheMp() throws Exception {
        Path eml = temp.resolve("letter.eml");
        CliRun run = run(letterArgs(YNYS_MON_POSTCODE, "eml", eml));
        assertThat(run.exitCode()).as(run.err()).isZero();
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(Files.readAllBytes(eml)));
        assertThat(((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress())
                .isEqualTo("llinos.medi.mp@parliament.uk");
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Łukasz Wróblewski");
        assertThat((String) message.getContent()).contains("Dear Ms Medi,", POINT, "2 Heol y Dŵr");
    }

    @Test
    void theLetterAndItsFilesAreDatedByTheCommandLinesClock() throws Exception {
        Path pdf = temp.resolve("dated.pdf");
        Path eml = temp.resolve("dated.eml");
        AppContext dated = AppContext.forFolder(userData.folder(), TestClocks.FIXED);
        CliRun pdfRun = CliRun.in(dated, letterArgs(YNYS_MON_POSTCODE, "pdf", pdf).toArray(String[]::new));
        CliRun emlRun = CliRun.in(dated, letterArgs(YNYS_MON_POSTCODE, "eml", eml).toArray(String[]::new));
        assertThat(pdfRun.exitCode()).as(pdfRun.err()).isZero();
        assertThat(emlRun.exitCode()).as(emlRun.err()).isZero();
        try (PdfInspector letter = new PdfInspector(Files.readAllBytes(pdf))) {
            assertThat(letter.allText()).contains("27 November 2026");
            assertThat(letter.info()).containsEntry("CreationDate", "D:20261127214000Z");
        }
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(Files.readAllBytes(eml)));
        assertThat(message.getSentDate()).isEqualTo(java.util.Date.from(TestClocks.FIXED.instant()));
    }

    @Test
    void aTextLetterIsWrittenAsUtf8() throws IOException {
        Path txt = temp.resolve("letter.txt");
        assertThat(run(letterArgs(YNYS_MON_POSTCODE, "txt", txt)).exitCode()).isZero();
        assertThat(Files.readString(txt)).contains("Dear Ms Medi,", POINT, "Tŷ Newydd, Beaumaris", "Llinos Medi MP");
    }

    @Test
    void aNorthernIrelandPostcodeNeedsAChoiceThenWritesToTheChosenMp() throws IOException {
        Path pdf = temp.resolve("omagh.pdf");
        CliRun choose = run(letterArgs(OMAGH_POSTCODE, "pdf", pdf));
        assertThat(choose.exitCode()).isEqualTo(DearMpCommand.EXIT_CHOOSE);
        assertThat(choose.err()).contains("N05000018", "West Tyrone", "--constituency");
        assertThat(pdf).doesNotExist();

        CliRun wrong = run(letterArgs(OMAGH_POSTCODE, "pdf", pdf, "--constituency", "E14001063"));
        assertThat(wrong.exitCode()).isEqualTo(DearMpCommand.EXIT_CHOOSE);
        assertThat(wrong.err()).contains("E14001063 is not one of the constituencies");

        CliRun chosen = run(letterArgs(OMAGH_POSTCODE, "pdf", pdf, "--constituency", "N05000018"));
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        try (PdfInspector inspector = new PdfInspector(Files.readAllBytes(pdf))) {
            assertThat(inspector.allText().replaceAll("\\s+", " ")).contains("Órfhlaith Begley MP", "Dear Ms Begley,");
        }
    }

    @Test
    void anEmailToAnMpWithNoAddressSaysSoAndOffersThePdf() {
        Path eml = temp.resolve("omagh.eml");
        CliRun run = run(letterArgs(OMAGH_POSTCODE, "eml", eml, "--constituency", "N05000018"));
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_NO_MP);
        assertThat(run.err()).contains("no email address", "Órfhlaith Begley MP", "--format pdf");
        assertThat(eml).doesNotExist();
    }

    @Test
    void anEmailThatIsNoAddressIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path eml = temp.resolve("bad.eml");
        List<String> args = letterArgs(YNYS_MON_POSTCODE, "eml", eml);
        args.set(args.indexOf("lukasz.w@example.org"), "łukasz@example.org");
        CliRun run = run(args);
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("Your email address cannot be used", "before the @").doesNotContain("Exception");
        assertThat(eml).doesNotExist();

        args.set(args.indexOf("łukasz@example.org"), "lukasz@tŷ.cymru");
        assertThat(run(args).exitCode()).isZero();
        String headers = Files.readString(eml, java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(headers).contains("<lukasz@xn--t-foa.cymru>").doesNotContain("?@", "?.cymru");
    }

    @Test
    void badInputGetsTheLookupExitCodes() {
        Path pdf = temp.resolve("x.pdf");
        CliRun invalid = run(letterArgs("NOT A POSTCODE", "pdf", pdf));
        assertThat(invalid.exitCode()).isEqualTo(DearMpCommand.EXIT_INVALID_INPUT);
        CliRun jersey = run(letterArgs("JE2 3AB", "pdf", pdf));
        assertThat(jersey.exitCode()).isEqualTo(DearMpCommand.EXIT_NO_MP);
        assertThat(jersey.err()).contains("Jersey");
        CliRun template = userData.run("letter", "--postcode", YNYS_MON_POSTCODE, "--template", "no-such-template",
                "--name", "A Writer", "--out", pdf.toString());
        assertThat(template.exitCode()).isEqualTo(DearMpCommand.EXIT_INVALID_INPUT);
        assertThat(template.err()).contains("no-such-template", "visit-local-projects");
        CliRun noName = userData.run("letter", "--postcode", YNYS_MON_POSTCODE, "--template", "own-words", "--name", " ",
                "--out", pdf.toString());
        assertThat(noName.exitCode()).isEqualTo(DearMpCommand.EXIT_INVALID_INPUT);
        CliRun format = userData.run("letter", "--postcode", YNYS_MON_POSTCODE, "--template", "own-words", "--name", "A",
                "--format", "docx");
        assertThat(format.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aPostcodeTypedWithoutQuotesAndAFolderForOutputAreUnderstood() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("letters"));
        CliRun run = userData.run("letter", "--postcode", "LL58", "8AA", "--template", "own-words", "--name", "Siân Evans",
                "--point", "My own point.", "--format", "txt", "--out", folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(folder)) {
            List<Path> written = files.toList();
            assertThat(written).hasSize(1);
            assertThat(written.get(0).getFileName().toString()).matches("letter-to-llinos-medi-mp-\\d{4}-\\d{2}-\\d{2}\\.txt");
            assertThat(Files.readString(written.get(0))).contains("Siân Evans", "LL58 8AA", "My own point.");
        }
    }

    @Test
    void anUntouchedTemplateReportsLowOriginality() {
        Path pdf = temp.resolve("plain.pdf");
        CliRun run = userData.run("letter", "--postcode", YNYS_MON_POSTCODE, "--template", "visit-local-projects",
                "--name", "A Writer", "--out", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern(" [0-9]% in your own words").contains("Tip:");
    }
}
