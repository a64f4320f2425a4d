package org.dearmp.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.dearmp.app.AppContext;

/** Run in a child JVM by {@link DataFolderInUseTest}: a Dear MP start on the folder given, then running until killed. */
public final class FolderHoldingChild {
    static final String MARKER = "holding";

    private FolderHoldingChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        AppContext.forFolder(new AppDataFolder(Path.of(args[0])), Clock.systemUTC()).cleanUpAfterAKilledRun();
        System.out.println(MARKER);
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
