package org.dearmp.batch.run;

import org.dearmp.testsupport.DataTest;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.Properties;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.PdfInspector;
import org.dearmp.testsupport.TestClocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's files carry the batch service's time, not the computer's: a run is reproducible and testable. */
@DataTest
class BatchFilesDatedByTheClockTest {

    @TempDir
    Path dir;

    @Test
    void everyFileOfARunIsDatedByTheServicesClock() throws Exception {
        BatchService service = BatchFixtures.service();
        assertThat(service.clock()).isSameAs(TestClocks.FIXED);
        SupporterFile file = service.open(BatchFixtures.messyCsv(dir));
        BatchCheck check = service.check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE);
        check.applyDefault(DefaultPolicy.SKIP);
        Path out = dir.resolve("out");
        BatchSettings settings = BatchSettings.of(out, "stronger-laws", "Freedom Network",
                LocalDate.now(service.clock()));

        BatchResult result = service.write(check, service.template("stronger-laws"), settings, false, BatchListener.NONE);

        try (PdfInspector letter = new PdfInspector(Files.readAllBytes(out.resolve("letters/Siân Ap Dafydd - Ynys Môn.pdf")));
             PdfInspector print = new PdfInspector(Files.readAllBytes(result.printFile()))) {
            assertThat(letter.info()).containsEntry("CreationDate", "D:20261127214000Z");
            assertThat(letter.allText()).contains("27 November 2026");
            assertThat(print.info().get("CreationDate")).startsWith("D:20261127214000");
        }
        try (InputStream in = Files.newInputStream(out.resolve("letters/Siân Ap Dafydd - Ynys Môn.eml"))) {
            MimeMessage eml = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(eml.getSentDate()).isEqualTo(Date.from(TestClocks.FIXED.instant()));
        }
    }
}
