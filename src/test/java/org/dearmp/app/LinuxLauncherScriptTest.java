package org.dearmp.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux launcher script (src/packaging/linux/dear-mp) in an image whose "java" only prints the
 * options it was given: which compilers each command gets, as bench/jvm-options.sh chose them.
 */
class LinuxLauncherScriptTest {

    private static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path image;

    private List<String> optionsFor(String... args) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path bin = Files.createDirectories(image.resolve("bin"));
        Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path launcher = bin.resolve("dear-mp");
        Files.copy(Path.of("src/packaging/linux/dear-mp"), launcher, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    private Path fileOf(String name, long bytes) throws IOException {
        Path file = image.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return file;
    }

    @Test
    void everyCommandGetsTheQuickCompilerTheSerialCollectorAndTheArchive() throws Exception {
        List<String> options = optionsFor("lookup", "SW1A 0AA");
        assertThat(options).contains(QUICK_COMPILER, "-XX:+UseSerialGC", "-Xmx384m")
                .anyMatch(o -> o.startsWith("-XX:SharedArchiveFile=") && o.endsWith("lib/app/dear-mp.jsa"));
        assertThat(options).endsWith("org.dearmp.Launcher", "lookup", "SW1A 0AA");
        assertThat(optionsFor()).contains(QUICK_COMPILER);
    }

    @Test
    void aBatchOfALargeFileKeepsBothCompilersAndASmallOneTheQuickOne() throws Exception {
        Path small = fileOf("small supporters.csv", 2_500_000);
        Path large = fileOf("large supporters.csv", 25_000_000);
        assertThat(optionsFor("batch", "--input", small.toString(), "--template", "x", "--out", "o"))
                .contains(QUICK_COMPILER);
        assertThat(optionsFor("batch", "--input", large.toString(), "--template", "x", "--out", "o"))
                .doesNotContain(QUICK_COMPILER).contains("-XX:+UseSerialGC").endsWith(large.toString(), "--template", "x", "--out", "o");
        assertThat(optionsFor("batch", "--input=" + large, "--out", "o")).doesNotContain(QUICK_COMPILER);
        // A missing file is for the command to report; the launcher just starts it.
        assertThat(optionsFor("batch", "--input", image.resolve("none.csv").toString())).contains(QUICK_COMPILER);
        // The size of some other command's file is no reason to change compilers.
        assertThat(optionsFor("template", "check", large.toString())).contains(QUICK_COMPILER);
    }
}
