package org.dearmp;

import org.dearmp.testsupport.DataTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.time.Clock;
import org.dearmp.app.AppContext;
import org.dearmp.store.AppDataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar dear-mp.jar} as a user runs it, in a fresh JVM: with no display the desktop app says
 * so and points to --help; the command line prints no log lines unless --verbose asks for them.
 */
@DataTest
class LauncherTest {

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    /** {@code java org.dearmp.Launcher ARGS} on the test class path, with no display and a temporary data folder. */
    private Run launch(String... args) throws IOException, InterruptedException {
        return launch(Map.of(), args);
    }

    private Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddearmp.home=" + temp.resolve("home"), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(env);
        builder.redirectOutput(temp.resolve("out.txt").toFile()).redirectError(temp.resolve("err.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** The launcher's one composition root is over the user's data folder, and the command line works on it. */
    @Test
    void theCommandLineSeesTheTemplatesSavedInTheUsersDataFolder() throws Exception {
        AppContext user = AppContext.forFolder(new AppDataFolder(temp.resolve("home")), Clock.systemUTC());
        String saved = user.templates().user().duplicate(user.templates().bundled().require("stronger-laws")).id();
        Run run = launch("templates");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^" + saved + " ");
    }

    /** Whatever it is asked, the launcher first clears what a killed run left: not the user's other files. */
    @Test
    void aStartClearsTheTemporaryFilesAndTheHalfImportOfAKilledRun() throws Exception {
        Path drafts = Files.createDirectories(temp.resolve("home/drafts"));
        Path leftover = Files.writeString(drafts.resolve(".current.json.k2j4x9.part"), "{\"half");
        Path notOurs = Files.writeString(drafts.resolve("notes.part"), "mine");
        Path staging = Files.createDirectories(temp.resolve("home/templates/.pack-import"));
        Files.writeString(staging.resolve("half-imported.txt"), "not marked ready");
        Run run = launch("--version");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(leftover).doesNotExist();
        assertThat(staging).doesNotExist();
        assertThat(notOurs).hasContent("mine");
    }

    @Test
    void withNoDisplayTheAppSaysSoAndPointsToTheCommandLine() throws Exception {
        Run run = launch();
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("needs a display", "--help").doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** A double-clicked pack starts the desktop app, so with no display it says what the app says. */
    @Test
    void aPackFileWithNoDisplaySaysTheAppNeedsOne() throws Exception {
        Path pack = Files.writeString(temp.resolve("leeds.dearmp"), "a zip inside", StandardCharsets.UTF_8);
        Run run = launch(pack.toString());
        assertThat(run.exitCode()).isEqualTo(Launcher.EXIT_NO_DISPLAY);
        assertThat(run.err()).contains("needs a display", "--help").doesNotContain("Unmatched")
                .doesNotContain("Exception");
    }

    @Test
    void aDisplayThatCannotBeOpenedIsSaidPlainlyWithoutJavaFxsWarnings() throws Exception {
        Run run = launch(Map.of("DISPLAY", ":4242"));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("could not open its window", "--help").doesNotContain("Exception")
                .doesNotContain("WARNING").doesNotContain("\tat ");
    }

    @Test
    void aBatchPrintsNoLogLinesUnlessVerbose() throws Exception {
        Path csv = Files.writeString(temp.resolve("ok.csv"), "Name,Postcode\nAnn Lee,EH1 1YH\n", StandardCharsets.UTF_8);
        Run quiet = launch("batch", "--input", csv.toString(), "--template", "stronger-laws", "--out",
                temp.resolve("out").toString());
        assertThat(quiet.exitCode()).as(quiet.err()).isZero();
        assertThat(quiet.out()).contains("Wrote 1 letter (").doesNotContain(" INFO ").doesNotContain("org.dearmp.");
        assertThat(quiet.err()).doesNotContain(" INFO ").doesNotContain("org.dearmp.");

        Run verbose = launch("batch", "--verbose", "--input", csv.toString(), "--template", "stronger-laws", "--out",
                temp.resolve("out2").toString());
        assertThat(verbose.exitCode()).as(verbose.err()).isZero();
        assertThat(verbose.err()).contains("INFO org.dearmp.batch.run.BatchRunner - Batch finished");
        assertThat(verbose.out()).doesNotContain(" INFO ");
    }

    @Test
    void verboseIsAGlobalOptionInEveryCommandsHelp() throws Exception {
        Run help = launch("--help");
        assertThat(help.out()).contains("--verbose");
        Run before = launch("--verbose", "about");
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).contains("Dear MP");
    }

    private static String startDesktop(Map<String, String> env, String os, String glass, Runnable launch, int code) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(Launcher.startDesktop(env, os, glass, launch, new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .isEqualTo(code);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDisplayInTheEnvironmentOrAHeadlessPlatformStartsTheApp() {
        AtomicBoolean started = new AtomicBoolean();
        Runnable launch = () -> started.set(true);
        assertThat(startDesktop(Map.of("DISPLAY", ":0"), "Linux", null, launch, 0)).isEmpty();
        assertThat(started).isTrue();
        started.set(false);
        assertThat(startDesktop(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null, launch, 0)).isEmpty();
        assertThat(started).isTrue();
        started.set(false);
        startDesktop(Map.of(), "Linux", "Monocle", launch, 0);
        assertThat(started).isTrue();
        started.set(false);
        startDesktop(Map.of(), "Windows 11", null, launch, 0);
        assertThat(started).isTrue();
        started.set(false);
        assertThat(startDesktop(Map.of("DISPLAY", " "), "Linux", null, launch, Launcher.EXIT_NO_DISPLAY))
                .contains("needs a display", "--help");
        assertThat(started).isFalse();
    }

    @Test
    void aToolkitThatCannotOpenTheDisplayIsSaidPlainlyButOtherFailuresAreNotHidden() {
        String said = startDesktop(Map.of("DISPLAY", ":99"), "Linux", null, () -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        }, Launcher.EXIT_NO_DISPLAY);
        assertThat(said).contains("could not open its window", "--help").doesNotContain("Unsupported");

        assertThatThrownBy(() -> startDesktop(Map.of("DISPLAY", ":0"), "Linux", null, () -> {
            throw new IllegalStateException("a bug in the app");
        }, 0)).hasMessage("a bug in the app");
    }
}
