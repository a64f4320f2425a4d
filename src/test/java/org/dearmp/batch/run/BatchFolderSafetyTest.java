package org.dearmp.batch.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.core.DearMpException;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch folder after a crash, and with two runs at once. */
@DataTest
class BatchFolderSafetyTest {

    @TempDir
    Path dir;

    private BatchResult write(Path out) throws IOException {
        BatchService service = BatchFixtures.service();
        SupporterFile file = service.open(BatchFixtures.messyCsv(dir));
        BatchCheck check = service.check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE);
        check.applyDefault(DefaultPolicy.SKIP);
        return service.write(check, service.template("stronger-laws"),
                new BatchSettings(out, "stronger-laws", "", LocalDate.of(2026, 12, 2), 2), false, BatchListener.NONE);
    }

    @Test
    void theTemporaryFilesAKilledRunLeftAreRemovedAndNothingElse() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out").resolve("letters")).getParent();
        Path tornPrint = Files.writeString(out.resolve("." + BatchRunner.PRINT_FILE + ".k3j9.part"), "%PDF-1.7 torn");
        Path tornReport = Files.writeString(out.resolve("." + BatchRunner.REPORT_FILE + ".x1.part"), "Row,Sup");
        Path tornLetter = Files.writeString(out.resolve("letters").resolve(".A - B.pdf.77.part"), "%PDF");
        Path someoneElses = Files.writeString(out.resolve(".my-notes.part"), "mine");

        write(out);

        assertThat(tornPrint).doesNotExist();
        assertThat(tornReport).doesNotExist();
        assertThat(tornLetter).doesNotExist();
        assertThat(someoneElses).hasContent("mine");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".part") && !name.equals(".my-notes.part"))
                    .doesNotContain(BatchFolderLock.FILE_NAME);
        }
    }

    @Test
    void aSecondRunIntoAFolderInUseIsRefusedWithAClearMessage() throws IOException {
        Path out = Files.createDirectories(dir.resolve("busy"));
        try (BatchFolderLock first = BatchFolderLock.take(out)) {
            assertThatThrownBy(() -> write(out)).isInstanceOf(DearMpException.class)
                    .hasMessageContaining("Another batch is writing into").hasMessageContaining(out.toString());
            assertThat(out.resolve("letters")).isEmptyDirectory();
        }
        assertThat(write(out).written()).isEqualTo(5);
    }
}
