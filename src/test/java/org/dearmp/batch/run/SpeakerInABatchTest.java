package org.dearmp.batch.run;

import org.dearmp.testsupport.BatchFixtures;

import org.dearmp.batch.BatchListener;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterFile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A supporter in Chorley writes to the Speaker: the batch gives the letter the same ask as the letter step. */
@DataTest
class SpeakerInABatchTest {
    @TempDir
    Path dir;

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void theSpeakersLetterAsksForTheMinistersReplyAndTheOtherKeepsTheTemplatesAsk() throws Exception {
        Path csv = dir.resolve("supporters.csv");
        Files.writeString(csv, "Name,Address,Postcode\r\n"
                + "Sam Jones,1 Market Street,pr71ab\r\n"
                + "Łukasz Kowalski,10 Bradshawgate,BL3 4AZ\r\n", StandardCharsets.UTF_8);
        BatchService service = BatchFixtures.service();
        SupporterFile file = service.open(csv);
        BatchCheck check = service.check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE);
        Path out = dir.resolve("out");
        BatchResult result = service.write(check, service.template("survivor-support"),
                new BatchSettings(out, "survivor-support", "Freedom Network", LocalDate.of(2026, 11, 27), 1), false,
                BatchListener.NONE);
        assertThat(result.skipped()).isZero();

        String speaker = squash(BatchRunTest.text(out.resolve("letters/Sam Jones - Chorley.pdf")));
        assertThat(speaker).contains("Sam Jones", "PR7 1AB", "as Speaker you do not take part in campaigns or votes",
                "pass my concerns on to the relevant minister").doesNotContain("Will you press the Home Office");
        String bolton = squash(BatchRunTest.text(out.resolve("letters/Łukasz Kowalski - Bolton South and Walkden.pdf")));
        assertThat(bolton).contains("Will you press the Home Office").doesNotContain("as Speaker");
    }
}
