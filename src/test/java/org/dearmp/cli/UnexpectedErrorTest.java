package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A failure no command foresaw is said in words, never as an exception's class name. */
class UnexpectedErrorTest {

    @Command(name = "fails")
    static final class Fails implements Runnable {
        static RuntimeException failure;

        @Override
        public void run() {
            throw failure;
        }
    }

    private static String errorOf(RuntimeException failure) {
        Fails.failure = failure;
        CommandLine cl = DearMpCommand.configure(new CommandLine(new Fails()));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute()).isEqualTo(DearMpCommand.EXIT_USAGE);
        return err.toString();
    }

    @Test
    void aFileProblemSaysWhy() {
        assertThat(errorOf(new UncheckedIOException(new AccessDeniedException("/home/ann/letters"))))
                .contains("Could not read or write a file: permission denied.")
                .doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void anythingElseSaysSorryAndPointsToVerbose() {
        assertThat(errorOf(new IllegalStateException("index 3 out of bounds")))
                .contains("something went wrong", "--verbose").doesNotContain("Exception").doesNotContain("java.");
    }
}
