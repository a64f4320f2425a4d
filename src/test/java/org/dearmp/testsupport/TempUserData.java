package org.dearmp.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dearmp.store.AppDataFolder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points the app's user data folder ({@code dearmp.home}) at an empty temporary folder for each test,
 * so commands never read or write the real one, and puts the old setting back afterwards.
 * Register with {@code @RegisterExtension final TempUserData userData = new TempUserData();}.
 */
public final class TempUserData implements BeforeEachCallback, AfterEachCallback {

    private static final String PROPERTY = "dearmp.home";
    private String previous;
    private Path folder;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        previous = System.getProperty(PROPERTY);
        folder = Files.createTempDirectory("dear-mp-home-");
        System.setProperty(PROPERTY, folder.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (previous == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, previous);
        }
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
}
