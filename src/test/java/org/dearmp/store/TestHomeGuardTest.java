package org.dearmp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build points the tests' home, and every variable the default data folder is read from, at
 * target/test-home (pom.xml, surefire): a test that resolves the default folder by mistake writes there,
 * never into the developer's real data.
 */
class TestHomeGuardTest {
    private static final Path TEST_HOME = Path.of("target", "test-home").toAbsolutePath().normalize();

    @Test
    void theTestsHomeIsUnderTarget() {
        assertThat(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize()).startsWithRaw(TEST_HOME);
    }

    @Test
    void theDefaultDataFolderWithoutAnOverrideIsUnderTheTestsHome() {
        String override = System.clearProperty("dearmp.home");
        try {
            assertThat(AppDataFolder.resolveDefault().root().toAbsolutePath().normalize()).startsWithRaw(TEST_HOME);
        } finally {
            if (override != null) {
                System.setProperty("dearmp.home", override);
            }
        }
    }

    @Test
    void theFoldersTheDefaultIsReadFromAreUnderTheTestsHome() {
        for (String variable : new String[] {"DEAR_MP_HOME", "XDG_DATA_HOME", "APPDATA"}) {
            assertThat(System.getenv(variable)).as(variable).isNotNull();
            assertThat(Path.of(System.getenv(variable)).toAbsolutePath().normalize()).as(variable)
                    .startsWithRaw(TEST_HOME);
        }
    }
}
