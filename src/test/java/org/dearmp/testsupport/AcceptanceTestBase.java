package org.dearmp.testsupport;

import org.dearmp.ui.shell.DearMpApp;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What every test that drives the whole app shares: its own data folder, a robot, the app started and stopped. */
@DataTest
@UiTest
public abstract class AcceptanceTestBase {
    @TempDir
    public Path home;
    public final FxRobot robot = new FxRobot();
    public AcceptanceApp running;

    @BeforeAll
    public static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    public void stopTheApp() throws Exception {
        if (running != null) {
            running.stop();
        }
    }

    public DearMpApp start() throws Exception {
        running = new AcceptanceApp(home);
        return running.start();
    }

    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
