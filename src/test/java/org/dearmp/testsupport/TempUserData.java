package org.dearmp.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dearmp.app.AppContext;
import org.dearmp.store.AppDataFolder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An empty temporary user data folder for each test, and a composition root ({@link #context()}) built on it,
 * so the commands under test never read or write the user's real data. Deleted afterwards.
 * Register with {@code @RegisterExtension final TempUserData userData = new TempUserData();}.
 */
public final class TempUserData implements BeforeEachCallback, AfterEachCallback {

    private Path folder;
    private AppContext context;

    @Override
    public void beforeEach(ExtensionContext extension) throws IOException {
        folder = Files.createTempDirectory("dear-mp-home-");
        context = AppContext.forFolder(new AppDataFolder(folder), Clock.systemDefaultZone());
    }

    @Override
    public void afterEach(ExtensionContext extension) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The user data folder the commands under test see. */
    public AppDataFolder folder() {
        return new AppDataFolder(folder);
    }

    /** The composition root over {@link #folder()}, one for the whole test. */
    public AppContext context() {
        return context;
    }

    /** Runs {@code dear-mp args} on {@link #context()}. */
    public CliRun run(String... args) {
        return CliRun.in(context, args);
    }
}
