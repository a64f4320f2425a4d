package org.dearmp.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.dearmp.app.AppContext;
import org.dearmp.store.AppDataFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JavaFX makes the app with its no-argument constructor: it works on the context the launcher handed over. */
class DearMpAppHandOverTest {

    @TempDir
    Path home;

    @AfterEach
    void takeItBack() {
        DearMpApp.handOver(null);
    }

    @Test
    void theAppJavaFxMakesWorksOnTheHandedOverContext() {
        AppContext context = AppContext.forFolder(new AppDataFolder(home), Clock.systemUTC());
        DearMpApp.handOver(context);

        DearMpApp app = new DearMpApp();

        assertThat(app.context()).isSameAs(context);
        assertThat(app.packToImport()).isEmpty();
    }

    @Test
    void aPackTheLauncherWasGivenIsHandedOverWithTheContext() {
        AppContext context = AppContext.forFolder(new AppDataFolder(home), Clock.systemUTC());
        Path pack = home.resolve("leeds.dearmp");
        DearMpApp.handOver(context, Optional.of(pack));

        DearMpApp app = new DearMpApp();

        assertThat(app.context()).isSameAs(context);
        assertThat(app.packToImport()).hasValue(pack);
    }

    @Test
    void withNothingHandedOverItSaysHowToStartIt() {
        assertThatThrownBy(DearMpApp::new).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DearMpApp.launch");
    }
}
