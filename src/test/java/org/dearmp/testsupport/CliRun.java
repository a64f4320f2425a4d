package org.dearmp.testsupport;

import org.dearmp.app.AppContext;
import org.dearmp.cli.DearMpCommand;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;

/** One run of {@code dear-mp} on a given composition root (so on its data folder), with its output captured. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun in(AppContext context, String... args) {
        return withInput(context, "", args);
    }

    /** Runs with {@code stdin} as standard input (for {@code lookup -}). */
    public static CliRun withInput(AppContext context, String stdin, String... args) {
        InputStream originalIn = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            CommandLine cl = DearMpCommand.commandLine(context);
            // As DearMpCommand.configure does for the real streams.
            cl.setOut(new PrintWriter(DearMpCommand.terminalSafe(out), true));
            cl.setErr(new PrintWriter(DearMpCommand.terminalSafe(err), true));
            int code = cl.execute(args);
            return new CliRun(code, out.toString(), err.toString());
        } finally {
            System.setIn(originalIn);
        }
    }
}
