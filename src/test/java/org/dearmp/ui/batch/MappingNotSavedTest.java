package org.dearmp.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.DataTest;
import org.dearmp.ui.task.CallingThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A column mapping that could not be saved says why once, in the batch screen's words. No window needed. */
@DataTest
class MappingNotSavedTest {

    @TempDir
    Path dir;

    @Test
    void aMappingSavedWhereNoFileCanBeMadeSaysWhyOnce() throws IOException {
        BatchViewTest.AnsweringChooser chooser = new BatchViewTest.AnsweringChooser();
        BatchViewModel vm = new BatchViewModel(BatchFixtures::service, chooser.dialogs, new CallingThreadExecutor(),
                file -> org.dearmp.ui.desktop.DesktopActions.Opened.OPENED);
        vm.openFile(BatchFixtures.messyCsv(dir));
        // /proc takes no new files, even from root.
        chooser.mapping = Optional.of(Path.of("/proc/column-mapping.json"));

        vm.saveMapping();

        String said = vm.statusProperty().get().text();
        assertThat(said).startsWith("Could not save the column mapping to /proc/column-mapping.json: ")
                .contains("cannot write there");
        assertThat(said.split("Could not save", -1)).as(said).hasSize(2);
    }
}
