package org.dearmp.cli;

import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dear-mp template check}: every kind of problem, at the line and column where it is. */
class TemplateCheckCommandTest {

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @TempDir
    Path dir;

    private static final String GOOD_HEADER = """
            ---
            id: %s
            title: A test template
            summary: For the checks.
            subject: A subject
            ask: Will you reply?
            ---
            """;

    @Test
    void eachErrorIsPrintedAtItsLineAndColumnWithItsKind() throws IOException {
        Path file = write("errors.txt", """
                ---
                id: errors
                title: Errors
                colour: red
                subject: ""
                ask:
                ---
                Dear {{mp.nmae}},

                {{#points}}
                - {{.}}
                  and {{story
                """);

        Run run = run("template", "check", file.toString());

        String f = file.toString();
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(
                f + ":4:1: BAD_HEADER: There is no header field called \"colour\". The fields are: id, title, summary, "
                        + "subject, ask, askKind, language, campaign, prompts, tags, sources, minOwnWords, version, author.",
                f + ":5:1: MISSING_SUBJECT: The template has no subject. Add \"subject:\" with the subject line of the "
                        + "letter and email.",
                f + ":6:1: MISSING_ASK: The template has no ask. Add \"ask:\" with the one clear thing the letter asks "
                        + "the MP to do.",
                f + ":8:6: UNKNOWN_PLACEHOLDER: Unknown placeholder {{mp.nmae}}. Did you mean {{mp.name}}?",
                f + ":10:1: SYNTAX: The section {{#points}} is never closed: add {{/points}} where it should end.",
                f + ":12:7: SYNTAX: This tag is not closed: \"{{story\". Each placeholder needs two closing braces on "
                        + "the same line, e.g. {{mp.name}}.");
        assertThat(run.err).contains("Checked 1 file: 6 errors, no warnings.");
    }

    @Test
    void warningsPassUnlessStrictAndADuplicateIdIsAnError() throws IOException {
        Path noAsk = write("no-ask.txt", GOOD_HEADER.formatted("no-ask") + "Dear {{mp.salutation}},\n\nPlease help.\n");
        Path same = write("same-id.txt", GOOD_HEADER.formatted("no-ask")
                + "{{#points}}\n- {{.}}\n{{/points}}\n\n{{ask}}\n");
        Path tooLong = write("too-long.txt", GOOD_HEADER.formatted("too-long") + "{{#points}}\n- {{.}}\n{{/points}}\n\n"
                + "This paragraph repeats itself so the letter runs over a page. ".repeat(120) + "\n\n{{ask}}\n");

        Run warnings = run("template", "check", noAsk.toString(), tooLong.toString());
        assertThat(warnings.exitCode).isZero();
        assertThat(warnings.outLines()).containsExactly(
                noAsk + ":8:1: ASK_NOT_IN_BODY: The letter never shows the ask: add {{ask}} where the letter makes its "
                        + "one clear request.",
                noAsk + ":8:1: NO_ROOM_FOR_OWN_WORDS: The letter has no {{points}} or {{story}}, so the writer has "
                        + "nowhere to add their own words.",
                tooLong + ":8:1: TOO_LONG: " + warnings.outLines().get(2).substring((tooLong + ":8:1: TOO_LONG: ").length()));
        assertThat(warnings.outLines().get(2)).containsPattern("prints on \\d+ pages, not one");
        assertThat(run("template", "check", "--strict", noAsk.toString()).exitCode).isEqualTo(1);

        Run duplicate = run("template", "check", "-q", noAsk.toString(), same.toString());
        assertThat(duplicate.exitCode).isEqualTo(1);
        assertThat(duplicate.outLines()).contains(same + ":2:1: DUPLICATE_ID: The id \"no-ask\" is already used by "
                + noAsk + ". Each template needs its own id.");
        assertThat(duplicate.err).isEmpty();
    }

    @Test
    void theseFilesBetweenThemShowEveryKindOfProblem() throws IOException {
        eachErrorIsPrintedAtItsLineAndColumnWithItsKind();
        warningsPassUnlessStrictAndADuplicateIdIsAnError();
        sectionsNestedTooDeepAreAnErrorAtTheFirstOneTooMany();
        Run all = run("template", "check", "-q", dir.resolve("errors.txt").toString(), dir.resolve("no-ask.txt").toString(),
                dir.resolve("same-id.txt").toString(), dir.resolve("too-long.txt").toString(),
                dir.resolve("too-deep.txt").toString());
        java.util.Set<org.dearmp.template.ProblemKind> printed = java.util.EnumSet.noneOf(
                org.dearmp.template.ProblemKind.class);
        for (String line : all.outLines()) {
            for (org.dearmp.template.ProblemKind kind : org.dearmp.template.ProblemKind.values()) {
                if (line.contains(": " + kind.name() + ": ")) {
                    printed.add(kind);
                }
            }
        }
        // A new kind of problem needs a case above, at its line and column.
        assertThat(printed).containsExactlyInAnyOrder(org.dearmp.template.ProblemKind.values());
    }

    @Test
    void sectionsNestedTooDeepAreAnErrorAtTheFirstOneTooMany() throws IOException {
        Path file = write("too-deep.txt", GOOD_HEADER.formatted("too-deep") + "{{ask}}\n"
                + "{{#points}}{{#points}}{{#points}}{{#points}}\n  {{#points}}{{.}}{{/points}}\n"
                + "{{/points}}{{/points}}{{/points}}{{/points}}\n");
        Run run = run("template", "check", file.toString());
        assertThat(run.exitCode).isEqualTo(TemplateCommand.EXIT_PROBLEMS);
        assertThat(run.out).contains(file + ":10:3: TOO_BIG: This section is inside more than 4 other sections.");
    }

    @Test
    void cleanBundledTemplatesPassAndAMissingFileIsAUsageError() {
        Path bundled = Path.of("templates/stronger-laws.txt");
        Run clean = run("template", "check", bundled.toString());
        assertThat(clean.exitCode).isZero();
        assertThat(clean.err).contains("Checked 1 file: no errors");

        Run missing = run("template", "check", dir.resolve("nope.txt").toString());
        assertThat(missing.exitCode).isEqualTo(2);
        assertThat(missing.err).contains("nope.txt: cannot be read");
    }

    @Test
    void aFileThatCannotBeReadIsNotReportedAsHavingNoErrors() {
        Run missing = run("template", "check", dir.resolve("nope.txt").toString());
        assertThat(missing.exitCode).isEqualTo(2);
        assertThat(missing.err).contains("nope.txt: cannot be read: there is no such file or folder")
                .contains("Nothing was checked").doesNotContain("no errors").doesNotContain("Exception");

        Run some = run("template", "check", "templates/stronger-laws.txt", dir.resolve("nope.txt").toString());
        assertThat(some.exitCode).isEqualTo(2);
        assertThat(some.err).contains("1 file could not be read (see above). Checked 1 other file: no errors");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private record Run(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = DearMpCommand.commandLine(userData.context());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
