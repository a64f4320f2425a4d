package org.dearmp.ui.shell;

import org.dearmp.app.AppContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dearmp.parliament.Attributions;
import org.dearmp.store.AppDataFolder;
import org.dearmp.ui.shell.AppConfig;
import org.dearmp.ui.services.Services;
import org.dearmp.ui.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AboutContentTest {
    @TempDir
    Path home;

    @Test
    void aboutShowsTheDataDatesAndEveryAttribution() throws Exception {
        Services services = AppConfig.realLoader(AppContext.forFolder(new AppDataFolder(home), java.time.Clock.systemUTC()))
                .load(Progress.NONE);
        assertThat(AboutContent.version()).startsWith("Version ");
        assertThat(String.join("\n", AboutContent.dataDates(services.dataInfo())))
                .contains("27 June 2026", "1,745,849 postcodes", "October 2025");
        assertThat(AboutContent.attributions(services.dataInfo())).hasSize(Attributions.all().size());
        String credits = String.join("\n", AboutContent.attributions(services.dataInfo()));
        for (String required : new String[] {"Contains OS data", "Royal Mail", "Open Parliament Licence",
            "Open Government Licence", "mySociety", "Open Innovations", "Food Standards Agency"}) {
            assertThat(credits).contains(required);
        }
    }
}
