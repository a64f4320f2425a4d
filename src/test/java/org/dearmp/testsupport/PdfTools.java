package org.dearmp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Poppler's and qpdf's view of a PDF file; each fails with a clear message when the tool is missing (CI installs them). */
public final class PdfTools {

    private PdfTools() {
    }

    public static String pdftotext(Path file) throws Exception {
        return run("pdftotext", "poppler-utils", "-enc", "UTF-8", file.toString(), "-");
    }

    /** Every font pdffonts lists has "yes" in its emb column. */
    public static void assertAllFontsEmbedded(Path file) throws Exception {
        String out = run("pdffonts", "poppler-utils", file.toString());
        List<String> rows = out.lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(rows).as(out).isNotEmpty();
        for (String row : rows) {
            // name type encoding emb sub uni object ID: the three yes/no columns come before the object number.
            String[] cells = row.trim().split("\\s+");
            assertThat(cells[cells.length - 5]).as("embedded: %s", row).isEqualTo("yes");
        }
    }

    public static void assertQpdfClean(Path file) throws Exception {
        String out = run("qpdf", "qpdf", "--check", file.toString());
        assertThat(out).as(out).contains("No syntax or stream encoding errors").doesNotContain("WARNING");
    }

    private static String run(String program, String apt, String... args) throws Exception {
        Path tool = PathTools.onPath(program);
        if (tool == null) {
            fail(program + " is not installed (apt-get install " + apt + "; .ci/run does)");
        }
        String[] command = new String[args.length + 1];
        command[0] = tool.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
