package org.dearmp.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dearmp.ui.desktop.DialogService;
import org.junit.jupiter.api.Test;

/** What the window says at start about files it set aside: plain words and where each file now is. */
class SetAsideNoticeTest {
    @Test
    void oneFileIsNamedWithWhereItIsKept() {
        Path aside = Path.of("home", "settings.json.damaged-2026-12-02");
        DialogService.Question notice = MainWindow.setAsideNotice(List.of(aside));
        assertThat(notice.header()).isEqualTo("Dear MP could not read a file it had saved");
        assertThat(notice.message()).contains("this file").contains("Nothing was deleted").endsWith(aside.toString())
                .doesNotContain("Exception").doesNotContain("{");
    }

    @Test
    void severalFilesAreListedOneALine() {
        List<Path> aside = List.of(Path.of("a.json.damaged-2026-12-02"), Path.of("b.json.damaged-2026-12-02"));
        DialogService.Question notice = MainWindow.setAsideNotice(aside);
        assertThat(notice.header()).contains("2 files");
        assertThat(notice.message()).contains("these files").contains("they were only renamed")
                .endsWith("a.json.damaged-2026-12-02\nb.json.damaged-2026-12-02");
    }
}
