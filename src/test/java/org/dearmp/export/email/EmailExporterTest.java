package org.dearmp.export.email;

import org.dearmp.export.ExportException;
import org.dearmp.testsupport.SampleLetters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dearmp.letter.EmailAddress;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterBlock;
import org.dearmp.letter.Recipient;
import org.dearmp.letter.Sender;
import org.dearmp.parliament.FormsOfAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmailExporterTest {

    private static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 11, 27, 9, 5, 0, 0, ZoneId.of("Europe/London"));
    private static final Clock CLOCK = Clock.fixed(WHEN.toInstant(), WHEN.getZone());

    private static MimeMessage parse(byte[] eml) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    }

    @Test
    void theEmlParsesWithJakartaMailAndRoundTripsEverything() throws Exception {
        Letter letter = SampleLetters.onePage();
        EmailDraft draft = EmailExporter.draft(letter);
        MimeMessage message = parse(EmailExporter.toEml(letter, CLOCK));

        assertThat(message.getSubject()).isEqualTo(letter.subject());
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo(SampleLetters.POLISH_NAME);
        assertThat(from.getAddress()).isEqualTo("lukasz.w@example.org");
        assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).isEqualTo("lukasz.w@example.org");
        InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("llinos.medi.mp@parliament.uk");
        assertThat(to.getPersonal()).isEqualTo("Llinos Medi MP");
        assertThat(message.getSentDate()).isEqualTo(java.util.Date.from(WHEN.toInstant()));
        assertThat(message.getHeader("X-Unsent")).containsExactly("1");
        assertThat(message.getHeader("MIME-Version")).containsExactly("1.0");
        assertThat(message.getMessageID()).matches("<[0-9a-f-]{36}@example\\.org>");
        assertThat(message.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");

        String body = ((String) message.getContent()).replace("\r\n", "\n");
        assertThat(body).isEqualTo(draft.body().endsWith("\n") ? draft.body() : draft.body() + "\n");
        assertThat(body).contains("Dear Ms Medi", "Órfhlaith", "Ynys Môn", SampleLetters.POLISH_NAME, "Tŷ Newydd", "Dŵr");
    }

    @Test
    void theFileIsPlainAsciiWithShortLines() {
        byte[] eml = EmailExporter.toEml(SampleLetters.twoPages(), CLOCK);
        String text = new String(eml, StandardCharsets.ISO_8859_1);
        assertThat(text.chars()).allMatch(c -> c < 128);
        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(text).contains("Date: Fri, 27 Nov 2026 09:05:00 +0000\r\n");
    }

    @Test
    void awkwardTextSurvivesTheQuotedPrintableBody() throws Exception {
        String body = String.join("\n",
                "From here on, a line that starts with From and one with a dot:",
                ".",
                "Trailing spaces   ",
                "tab\tand = signs == and 100% ümlauts ŵŷ Ł Ó " + "long".repeat(40) + " end",
                "ŵ".repeat(60),
                "",
                "");
        EmailDraft draft = new EmailDraft(new Mailbox("Llinos Medi MP", "llinos.medi.mp@parliament.uk"), null,
                "Quick question", body);
        MimeMessage message = parse(EmlFile.toBytes(draft, WHEN));
        assertThat(((String) message.getContent()).replace("\r\n", "\n")).isEqualTo(body);
        assertThat(message.getFrom()).isNull();
    }

    @Test
    void aSubjectOrNameWithAWordTooLongToFoldStaysWithinTheLineLimitAndReadsBack() throws Exception {
        String subject = "See https://example.org/" + "a".repeat(1500) + " please";
        String name = "Bartholomew" + "x".repeat(1200);
        EmailDraft draft = new EmailDraft(new Mailbox("Llinos Medi MP", "llinos.medi.mp@parliament.uk"),
                new Mailbox(name, "bart@example.org"), subject, "Hello\n");
        byte[] eml = EmlFile.toBytes(draft, WHEN);
        String text = new String(eml, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(998));
        MimeMessage message = parse(eml);
        assertThat(message.getSubject()).isEqualTo(subject);
        assertThat(((jakarta.mail.internet.InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo(name);
    }

    @Test
    void longAndNonAsciiSubjectsAndNamesAreEncodedAndFolded() throws Exception {
        String subject = "Diogelu goroeswyr masnachu pobl yn Ynys Môn: llythyr gan etholwr sy’n poeni’n fawr am "
                + "y mater hwn ac sy’n gofyn i chi weithredu ŵ ŷ";
        Sender sender = new Sender("Órfhlaith \"Orla\" Ní Bhriain, Jr.", List.of(), "", "orla@example.ie", "");
        Letter base = SampleLetters.onePage();
        Letter letter = new Letter(sender, base.recipient(), base.date(), subject, "Annwyl Llinos Medi", base.body(),
                "Yn gywir", base.templateId());
        byte[] eml = EmailExporter.toEml(letter, CLOCK);
        assertThat(new String(eml, StandardCharsets.US_ASCII).split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
        MimeMessage message = parse(eml);
        assertThat(message.getSubject()).isEqualTo(subject);
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Órfhlaith \"Orla\" Ní Bhriain, Jr.");

        Sender ascii = new Sender("Smith, \"Jo\" \\ Bloggs", List.of(), "", "jo@example.org", "");
        MimeMessage plain = parse(EmailExporter.toEml(new Letter(ascii, base.recipient(), base.date(),
                "A plain subject that is long enough to need folding across more than one header line, as some are",
                "Dear Ms Medi", base.body(), "Yours sincerely", null), CLOCK));
        assertThat(((InternetAddress) plain.getFrom()[0]).getPersonal()).isEqualTo("Smith, \"Jo\" \\ Bloggs");
        assertThat(plain.getSubject()).isEqualTo(
                "A plain subject that is long enough to need folding across more than one header line, as some are");
    }

    @Test
    void typedLineBreaksCannotAddHeaders() throws Exception {
        Letter base = SampleLetters.onePage();
        Sender sneaky = new Sender("Eve\r\nBcc: everyone@example.org", List.of(), "", "eve@example.org", "");
        Letter letter = new Letter(sneaky, base.recipient(), base.date(), "Hello\nBcc: more@example.org", "Dear Ms Medi",
                base.body(), "Yours sincerely", null);
        MimeMessage message = parse(EmailExporter.toEml(letter, CLOCK));
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getSubject()).isEqualTo("Hello Bcc: more@example.org");
    }

    @Test
    void aWriterWithoutAnEmailLeavesFromToTheMailApp() throws Exception {
        Letter base = SampleLetters.onePage();
        Sender noEmail = new Sender(base.sender().name(), base.sender().addressLines(), base.sender().postcode(), "", "");
        Letter letter = new Letter(noEmail, base.recipient(), base.date(), base.subject(), base.salutation(), base.body(),
                base.signOff(), null);
        MimeMessage message = parse(EmailExporter.toEml(letter, CLOCK));
        assertThat(message.getFrom()).isNull();
        assertThat(message.getReplyTo()).isNull();
        assertThat(message.getMessageID()).endsWith("@dear-mp.invalid>");
    }

    @Test
    void anInternationalDomainIsWrittenInItsAsciiFormAndNoHeaderHasAQuestionMark() throws Exception {
        Letter base = SampleLetters.onePage();
        Sender sender = new Sender("Siân Ŵyn", List.of(), "", "sian@tŷ.cymru", "");
        Recipient mp = new Recipient("Llinos Medi AS", FormsOfAddress.HOUSE_OF_COMMONS, "llinos.medi@senedd.cymru",
                "Ynys Môn");
        Recipient idnMp = new Recipient("Llinos Medi AS", FormsOfAddress.HOUSE_OF_COMMONS, "llinos@ynysmôn.cymru",
                "Ynys Môn");
        for (Recipient to : List.of(mp, idnMp)) {
            Letter letter = new Letter(sender, to, base.date(), base.subject(), base.salutation(), base.body(),
                    base.signOff(), null);
            byte[] eml = EmailExporter.toEml(letter, CLOCK);
            String text = new String(eml, StandardCharsets.US_ASCII);
            String headers = text.substring(0, text.indexOf("\r\n\r\n"));
            assertThat(headers).doesNotContain("?<", "?@", "??").contains("sian@xn--t-foa.cymru");
            assertThat(headers.replaceAll("=\\?UTF-8\\?B\\?[A-Za-z0-9+/=]*\\?=", "")).doesNotContain("?");
            MimeMessage message = parse(eml);
            InternetAddress from = (InternetAddress) message.getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("sian@xn--t-foa.cymru");
            assertThat(from.getPersonal()).isEqualTo("Siân Ŵyn");
            assertThat(message.getMessageID()).endsWith("@xn--t-foa.cymru>");
        }
        Letter toIdn = new Letter(sender, idnMp, base.date(), base.subject(), base.salutation(), base.body(),
                base.signOff(), null);
        InternetAddress to = (InternetAddress) parse(EmailExporter.toEml(toIdn, CLOCK))
                .getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("llinos@xn--ynysmn-mxa.cymru");
        String link = ((MailtoLink.Ready) EmailExporter.mailto(toIdn)).uri().toString();
        assertThat(link).startsWith("mailto:llinos@xn--ynysmn-mxa.cymru?");
    }

    @Test
    void anAddressThatCannotBeWrittenIsRefusedWithAMessageNotDroppedOrGarbled() {
        Letter base = SampleLetters.onePage();
        for (String bad : List.of("siân@example.org", "sian@example", "sian@@example.org")) {
            Sender sender = new Sender("Siân", List.of(), "", bad, "");
            Letter letter = new Letter(sender, base.recipient(), base.date(), base.subject(), base.salutation(),
                    base.body(), base.signOff(), null);
            assertThatThrownBy(() -> EmailExporter.toEml(letter, CLOCK))
                    .isInstanceOf(EmailAddress.InvalidException.class)
                    .hasMessageStartingWith("Your email address cannot be used: ")
                    .hasMessageNotContaining(bad);
            assertThatThrownBy(() -> EmailExporter.mailto(letter)).isInstanceOf(EmailAddress.InvalidException.class);
            assertThat(EmailExporter.whyNotEmail(letter)).get().asString().startsWith("Your email address");
        }
        Recipient broken = new Recipient("Jo Bloggs MP", FormsOfAddress.HOUSE_OF_COMMONS, "jo.bloggs.mp@parliament",
                "Somewhere");
        Letter toBroken = new Letter(base.sender(), broken, base.date(), base.subject(), base.salutation(), base.body(),
                base.signOff(), null);
        assertThat(EmailExporter.canEmail(toBroken)).isFalse();
        assertThatThrownBy(() -> EmailExporter.draft(toBroken))
                .isInstanceOf(EmailAddress.InvalidException.class)
                .hasMessageContaining("Jo Bloggs MP", "PDF");
        assertThat(EmailExporter.whyNotEmail(base)).isEmpty();
    }

    @Test
    void anMpWithNoEmailIsSaidPlainlyWithThePdfOffered() {
        Letter letter = SampleLetters.toMpWithoutEmail();
        assertThat(EmailExporter.canEmail(letter)).isFalse();
        assertThatThrownBy(() -> EmailExporter.draft(letter))
                .isInstanceOf(ExportException.NoMpEmail.class)
                .hasMessageContaining(SampleLetters.IRISH_MP)
                .hasMessageContaining("PDF");
        assertThatThrownBy(() -> EmailExporter.mailto(letter)).isInstanceOf(ExportException.NoMpEmail.class);
    }

    @Test
    void theEmlFileIsWrittenWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("letter.eml");
        EmailExporter.writeEml(SampleLetters.onePage(), CLOCK, file);
        assertThat(parse(Files.readAllBytes(file)).getSubject()).isEqualTo(SampleLetters.onePage().subject());
    }

    @Test
    void aShortMailtoLinkRoundTripsItsFields() {
        EmailDraft draft = new EmailDraft(new Mailbox("Llinos Medi MP", "llinos.medi.mp@parliament.uk"), null,
                "Tŷ & Dŵr: 100% + more?", "Annwyl Ms Medi,\n\nŁukasz & Órfhlaith say: a=b; #1?\n\nYn gywir");
        MailtoLink link = MailtoLink.of(draft);
        assertThat(link).isInstanceOf(MailtoLink.Ready.class);
        String uri = ((MailtoLink.Ready) link).uri().toString();
        assertThat(uri).startsWith("mailto:llinos.medi.mp@parliament.uk?subject=").doesNotContain(" ", "+", "\n");
        assertThat(uri.chars()).allMatch(c -> c < 128);
        Map<String, String> fields = queryOf(uri);
        assertThat(fields).containsOnlyKeys("subject", "body");
        assertThat(fields.get("subject")).isEqualTo(draft.subject());
        assertThat(fields.get("body")).isEqualTo(draft.body().replace("\n", "\r\n"));
    }

    @Test
    void aLongLetterIsTooLongForAMailtoLink() {
        MailtoLink link = EmailExporter.mailto(SampleLetters.twoPages());
        assertThat(link).isInstanceOf(MailtoLink.TooLong.class);
        MailtoLink.TooLong tooLong = (MailtoLink.TooLong) link;
        assertThat(tooLong.length()).isGreaterThan(MailtoLink.DEFAULT_LIMIT);
        assertThat(tooLong.message()).contains(".eml");
    }

    private static Map<String, String> queryOf(String uri) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : uri.substring(uri.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    @Test
    void theMessageIdComesFromTheMessageAndItsTimeNotFromChance() throws Exception {
        Letter letter = SampleLetters.onePage();
        String id = parse(EmailExporter.toEml(letter, CLOCK)).getMessageID();
        assertThat(parse(EmailExporter.toEml(letter, CLOCK)).getMessageID()).isEqualTo(id);
        assertThat(parse(EmailExporter.toEml(letter, Clock.offset(CLOCK, java.time.Duration.ofSeconds(1))))
                .getMessageID()).isNotEqualTo(id);
        assertThat(parse(EmailExporter.toEml(SampleLetters.twoPages(), CLOCK)).getMessageID()).isNotEqualTo(id);
    }
}
