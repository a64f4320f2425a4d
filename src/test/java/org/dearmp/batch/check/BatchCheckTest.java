package org.dearmp.batch.check;

import org.dearmp.testsupport.TestClocks;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterField;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.batch.run.BatchPlan;
import org.dearmp.batch.run.BatchService;
import org.dearmp.batch.run.TemplateLetters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check before writing, with real postcodes through the real lookup. */
@DataTest
class BatchCheckTest {

    @TempDir
    Path dir;

    private BatchCheck check() throws IOException {
        SupporterFile file = SupporterFile.open(BatchFixtures.messyCsv(dir));
        return BatchFixtures.service().check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE);
    }

    @Test
    void reportsEveryProblemByRowAndColumn() throws IOException {
        BatchCheck check = check();
        assertThat(check.rows()).extracting(CheckedRow::row).containsExactly(2, 3, 4, 5, 7, 8, 9, 10, 11);
        assertThat(check.row(2).constituency().name()).isEqualTo("Ynys Môn");
        assertThat(check.row(2).supporter().postcode()).isEqualTo("LL61 6YY");
        assertThat(check.row(2).status()).isEqualTo(CheckedRow.Status.READY);
        assertThat(check.row(3).constituency().code()).isEqualTo("W07000085");
        assertThat(check.row(4).supporter().name()).startsWith("=HYPERLINK");

        assertThat(check.row(5).hasIssue(IssueKind.NEEDS_CHOICE)).isTrue();
        assertThat(check.row(5).candidates()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.constituency().isNorthernIreland()).isTrue());
        assertThat(check.row(7).hasIssue(IssueKind.INVALID_POSTCODE)).isTrue();
        assertThat(check.row(8).hasIssue(IssueKind.NO_MP_EMAIL)).isTrue();
        assertThat(check.row(8).status()).isEqualTo(CheckedRow.Status.READY);
        assertThat(check.row(9).hasIssue(IssueKind.DUPLICATE)).isTrue();
        assertThat(check.row(9).duplicateOf()).isEqualTo(2);
        assertThat(check.row(10).hasIssue(IssueKind.MISSING_NAME)).isTrue();

        assertThat(check.issues()).anySatisfy(issue -> {
            assertThat(issue.row()).isEqualTo(7);
            assertThat(issue.column()).isEqualTo("Postcode");
            assertThat(issue.message()).contains("XYZ 123");
        });
        assertThat(check.issues()).anySatisfy(issue -> {
            assertThat(issue.row()).isEqualTo(10);
            assertThat(issue.column()).isEqualTo("First name");
            assertThat(issue.kind()).isEqualTo(IssueKind.MISSING_NAME);
        });
        assertThat(check.count(CheckedRow.Status.NEEDS_DECISION)).isEqualTo(4);
    }

    @Test
    void nothingIsSkippedSilently() throws IOException {
        BatchCheck check = check();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BatchPlan.of(check, "stronger-laws", ""))
                .hasMessageContaining("4 rows still need a decision");
    }

    @Test
    void organiserSettlesRowsOneByOne() throws IOException {
        BatchCheck check = check();
        String belfast = check.row(5).candidates().get(0).constituency().code();
        check.resolve(5, new Resolution.Choose(belfast));
        check.fix(7, SupporterField.POSTCODE, "SW1A 1AA");
        check.fix(10, SupporterField.FULL_NAME, "Anne Other");
        check.resolve(9, new Resolution.Skip());
        assertThat(check.row(5).status()).isEqualTo(CheckedRow.Status.READY);
        assertThat(check.row(5).constituency().code()).isEqualTo(belfast);
        assertThat(check.row(7).status()).isEqualTo(CheckedRow.Status.READY);
        assertThat(check.row(7).constituency().name()).isEqualTo("Cities of London and Westminster");
        assertThat(check.row(10).status()).isEqualTo(CheckedRow.Status.READY);
        assertThat(check.row(9).status()).isEqualTo(CheckedRow.Status.SKIPPED);
        assertThat(check.count(CheckedRow.Status.NEEDS_DECISION)).isZero();
        BatchPlan plan = BatchPlan.of(check, "stronger-laws", "");
        assertThat(plan.letters()).hasSize(8);
        assertThat(plan.skippedCount()).isEqualTo(1);
    }

    @Test
    void defaultPoliciesDecideTheRest() throws IOException {
        BatchCheck skip = check();
        skip.applyDefault(DefaultPolicy.SKIP);
        assertThat(skip.count(CheckedRow.Status.SKIPPED)).isEqualTo(4);

        BatchCheck guess = check();
        guess.applyDefault(DefaultPolicy.BEST_GUESS);
        assertThat(guess.row(5).status()).isEqualTo(CheckedRow.Status.READY);
        assertThat(guess.row(5).chosen()).isTrue();
        assertThat(guess.count(CheckedRow.Status.SKIPPED)).isEqualTo(3);
    }

    @Test
    void chineseArabicAndEmojiThatAFallbackFontPrintsAreNoProblemAtAll() throws IOException {
        Path csv = dir.resolve("scripts.csv");
        java.nio.file.Files.writeString(csv, "Full name,Postcode,Personal message\r\n"
                + "王秀英,EH1 1YH,I care about this \uD83D\uDE00 and so does my gran \u4F60\u597D\r\n"
                + "محمد علي,LL59 5ER,प्रिया शर्मा agrees; Dw i'n byw yn Nhŷ Newydd\r\n", java.nio.charset.StandardCharsets.UTF_8);
        SupporterFile file = SupporterFile.open(csv);
        BatchCheck check = BatchFixtures.service().check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE);

        assertThat(check.row(2).issues()).as("printed in a fallback font (CI installs fonts-noto-core, "
                + "fonts-droid-fallback, fonts-symbola)").isEmpty();
        assertThat(check.row(3).issues()).isEmpty();
        assertThat(check.row(2).status()).isEqualTo(CheckedRow.Status.READY);
    }

    @Test
    void charactersNoFontCanPrintAreAProblemToSettleAtTheirColumn() throws IOException {
        Path csv = dir.resolve("nofont.csv");
        java.nio.file.Files.writeString(csv, "Full name,Postcode,Personal message\r\n"
                + "Ann Lee,EH1 1YH,I was shaken \uD83E\uDEE8 by what I saw\r\n"
                + "Rhys Evans,LL59 5ER,Dw i'n byw yn Nhŷ Newydd\r\n", java.nio.charset.StandardCharsets.UTF_8);
        SupporterFile file = SupporterFile.open(csv);
        BatchCheck check = BatchFixtures.service().check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE);

        assertThat(check.row(2).status()).isEqualTo(CheckedRow.Status.NEEDS_DECISION);
        assertThat(check.row(2).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(IssueKind.UNPRINTABLE);
            assertThat(issue.kind().blocking()).isTrue();
            assertThat(issue.row()).isEqualTo(2);
            assertThat(issue.column()).isEqualTo("Personal message");
            assertThat(issue.message()).contains("\uD83E\uDEE8", "No font");
        });
        assertThat(check.row(3).issues()).as("Welsh letters print").isEmpty();

        check.fix(2, SupporterField.MESSAGE, "I was shaken by what I saw");
        assertThat(check.row(2).status()).as("settled by a fix").isEqualTo(CheckedRow.Status.READY);
    }
    @Test
    void anEmailThatIsNoAddressIsNotedAtItsRowAndColumnAndLeftOutOfTheLetter() throws Exception {
        Path csv = dir.resolve("emails.csv");
        java.nio.file.Files.writeString(csv, "Full name,Postcode,E-mail address\r\n"
                + "Ann Lee,EH1 1YH,ann@gmail\r\n"
                + "Siân Ap Dafydd,LL61 6YY,siân@example.org\r\n"
                + "Rhys Evans,LL59 5ER,rhys@tŷ.cymru\r\n"
                + "Tom Jones,SW1A 1AA,\r\n", java.nio.charset.StandardCharsets.UTF_8);
        BatchService service = BatchFixtures.service();
        SupporterFile file = SupporterFile.open(csv);
        BatchCheck check = service.check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE);

        for (int row : new int[] {2, 3}) {
            assertThat(check.row(row).issues()).singleElement().satisfies(issue -> {
                assertThat(issue.row()).isEqualTo(row);
                assertThat(issue.column()).isEqualTo("E-mail address");
                assertThat(issue.kind()).isEqualTo(IssueKind.INVALID_EMAIL);
                assertThat(issue.kind().blocking()).isFalse();
                assertThat(issue.message()).contains("cannot be used", "reply by post");
            });
            assertThat(check.row(row).status()).isEqualTo(CheckedRow.Status.READY);
        }
        assertThat(check.row(2).issues().get(0).message()).contains("ann@gmail", "not a domain name");
        assertThat(check.row(3).issues().get(0).message()).contains("before the @");
        assertThat(check.row(4).issues()).as("an international domain is fine").isEmpty();
        assertThat(check.row(5).issues()).as("no email is fine").isEmpty();

        var letter = new TemplateLetters(service.template("stronger-laws")).make(check.row(2).supporter(),
                check.row(2).constituency(), check.row(2).member(), java.time.LocalDate.of(2026, 11, 27)).letter();
        assertThat(letter.sender().email()).isEmpty();
        assertThat(org.dearmp.export.email.EmailExporter.toEml(letter, TestClocks.FIXED)).isNotEmpty();

        check.fix(2, SupporterField.EMAIL, "ann@gmail.com");
        assertThat(check.row(2).issues()).isEmpty();
    }

    @Test
    void theCopyOfTheRowsIsOwnerOnlyAndGoesWhenTheCheckIsClosedAndOneLeftByAKilledRunGoesAtTheNextCheck()
            throws IOException {
        Path abandoned = java.nio.file.Files.createTempFile(SpilledRows.PREFIX, SpilledRows.SUFFIX);
        BatchCheck check = check();
        Path spill = check.spillFile();
        assertThat(abandoned).doesNotExist();
        assertThat(spill).exists();
        assertThat(java.nio.file.Files.getPosixFilePermissions(spill)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(check.row(2).supporter().message()).startsWith("I volunteer at a drop-in");
        check.close();
        assertThat(spill).doesNotExist();
    }
}
