package org.dearmp.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.ChecklistItem;
import org.dearmp.letter.LetterChecklist;
import org.dearmp.letter.LetterComposer;
import org.dearmp.letter.LetterRequest;
import picocli.CommandLine.Option;

/**
 * {@code dear-mp letter --check}: the checklist for a letter that counts, for the letter the other options
 * describe, printed instead of writing it. A writer checks, improves, checks again, then leaves out
 * {@code --check} to write; a check is no letter, so nothing is written or kept in the history, and it
 * always ends 0: the checklist guides, it never blocks.
 */
final class LetterCheckOptions {

    @Option(names = "--check")
    boolean check;

    boolean wanted() {
        return check;
    }

    /** Prints the checklist of {@code draft}; returns the exit code: 0, always. */
    int print(PrintWriter out, LetterRequest request, LetterComposer.Draft draft) {
        List<ChecklistItem> items = LetterChecklist.forLanguage(draft.letter().language().locale())
                .check(request, draft.letter(), draft.guidance());
        print(out, items, draft.letter().recipient().envelopeName(), request.constituency().displayName(),
                unicodeTerminal(System.getenv(), terminalEncoding()));
        out.flush();
        return DearMpCommand.EXIT_OK;
    }

    static void print(PrintWriter out, List<ChecklistItem> items, String mp, String seat, boolean unicode) {
        out.println(Messages.get("cli.letter.check.heading", mp, seat, LetterChecklist.metCount(items), items.size()));
        for (ChecklistItem item : items) {
            out.println(item.state().mark(unicode) + " " + item.message());
            out.println("    " + item.why());
        }
        out.println(Messages.get("cli.letter.check.nothingWritten"));
    }

    /** What the terminal shows standard output in, as the JVM was told: Java 19's own property, else Java 17's. */
    private static String terminalEncoding() {
        return System.getProperty("stdout.encoding",
                System.getProperty("sun.stdout.encoding", System.getProperty("native.encoding", "")));
    }

    /**
     * Whether the terminal shows UTF-8, so ✓, ✗ print as themselves; otherwise the marks are plain ASCII
     * ([x], [ ], [!]). The locale variables say so on Unix (the first one set wins, as for every program); where
     * none is set (Windows, or a bare POSIX locale) the JVM's idea of the console's encoding decides.
     */
    static boolean unicodeTerminal(Map<String, String> env, String jvmEncoding) {
        for (String variable : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return utf8(value);
            }
        }
        return utf8(jvmEncoding) || "cp65001".equalsIgnoreCase(jvmEncoding);
    }

    private static boolean utf8(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return lower.contains("utf-8") || lower.contains("utf8");
    }
}
