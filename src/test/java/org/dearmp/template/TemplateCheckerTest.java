package org.dearmp.template;

import org.dearmp.testsupport.Bundled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DataTest
class TemplateCheckerTest {

    private static final String HEADER = """
            ---
            id: test-letter
            title: A test letter
            summary: For the tests.
            subject: A subject
            ask: Will you reply?
            ---
            """;

    private final TemplateChecker checker = new TemplateChecker();

    private TemplateChecker.Result check(String text) {
        return checker.check(text, "broken.txt", false);
    }

    @Test
    void aGoodTemplateChecksCleanAndKnowsWhereItsBodyStarts() {
        var result = check(HEADER + "I live in {{constituency.name}}.\n\n{{#points}}\n- {{.}}\n{{/points}}\n\n{{ask}}\n");
        assertThat(result.problems()).isEmpty();
        LetterTemplate template = result.template().orElseThrow();
        assertThat(template.id()).isEqualTo("test-letter");
        assertThat(template.bodyFirstLine()).isEqualTo(8);
        assertThat(template.body()).startsWith("I live in");
    }

    @Test
    void anUnknownPlaceholderIsReportedAtItsLineAndColumnInTheWholeFile() {
        var result = check(HEADER + "{{story}}\n\nThank you, {{mp.nmae}}.\n{{ask}}\n");
        assertThat(result.template()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.UNKNOWN_PLACEHOLDER);
            assertThat(problem.file()).isEqualTo("broken.txt");
            assertThat(problem.line()).isEqualTo(10);
            assertThat(problem.column()).isEqualTo(12);
            assertThat(problem.message()).contains("{{mp.nmae}}").contains("Did you mean {{mp.name}}?");
            assertThat(problem.toString()).startsWith("broken.txt:10:12: error: ");
        });
    }

    @Test
    void aSectionNeverClosedIsReportedWhereItOpens() {
        var result = check(HEADER + "{{story}}\n  {{#points}}\n- {{.}}\n\n{{ask}}\n");
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.SYNTAX);
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.column()).isEqualTo(3);
            assertThat(problem.message()).contains("{{#points}}").contains("{{/points}}");
        });
    }

    @Test
    void aMismatchedSectionEndIsReportedAtTheEnd() {
        var result = check(HEADER + "{{#story}}\n{{story}}\n{{/points}}\n{{ask}}\n");
        assertThat(result.errors()).extracting(TemplateProblem::kind, TemplateProblem::line, TemplateProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemKind.SYNTAX, 10, 1));
    }

    @Test
    void anUnclosedTagIsReportedAtItsBraces() {
        var result = check(HEADER + "Dear friend,\nI live in {{constituency.name and like it.\n{{story}} {{ask}}\n");
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.SYNTAX);
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.column()).isEqualTo(11);
        });
    }

    @Test
    void partialsEmptyTagsAndBadNamesAreSyntaxErrors() {
        var result = check(HEADER + "{{> other}}\n{{}}\n{{mp name}}\n{{story}} {{ask}}\n");
        assertThat(result.errors()).extracting(TemplateProblem::kind, TemplateProblem::line, TemplateProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.SYNTAX, 8, 1),
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.SYNTAX, 9, 1),
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.SYNTAX, 10, 1));
    }

    @Test
    void badYamlIsReportedAtItsLineInTheFile() {
        String text = "---\nid: test-letter\ntitle: A test\nsubject: [unclosed\nask: Will you reply?\n---\n{{story}} {{ask}}\n";
        var result = check(text);
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.BAD_HEADER);
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo(10);
            assertThat(problem.message()).startsWith("The header cannot be read: a [ or { that starts a list here is never closed");
        });
    }

    @Test
    void commonYamlMistakesAreExplainedInPlainEnglishWhereTheyStart() {
        var quote = check("---\nid: test-letter\ntitle: \"Unfinished\nsubject: s\nask: a\n---\n{{story}} {{ask}}\n");
        assertThat(quote.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(8);
            assertThat(problem.message()).contains("quotation mark");
        });
        var colon = check("---\nid: test-letter\ntitle: Visit: a project\nsubject: s\nask: a\n---\n{{story}} {{ask}}\n");
        assertThat(colon.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("double quotes");
        });
        var tab = check("---\nid: test-letter\n\ttitle: t\nsubject: s\nask: a\n---\n{{story}} {{ask}}\n");
        assertThat(tab.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("Indent with spaces");
        });
    }

    @Test
    void yamlIndentationErrorPointsAtTheBadLine() {
        String text = "---\nid: test-letter\ntitle: A test\n  subject: oops\nask: x\n---\n{{story}} {{ask}}\n";
        var result = check(text);
        assertThat(result.errors()).first().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.BAD_HEADER);
            assertThat(problem.line()).isEqualTo(4);
        });
    }

    @Test
    void everyHeaderProblemIsReportedAtOnceAtItsField() {
        String text = "---\nid: Not An Id\ntitle: T\ncolour: blue\nminOwnWords: lots\nsources:\n  - title: No where\n---\n"
                + "{{story}}\n{{mp.nmae}}\n";
        var result = check(text);
        assertThat(result.problems()).extracting(TemplateProblem::kind, TemplateProblem::line)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.BAD_HEADER, 2),
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.BAD_HEADER, 4),
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.BAD_HEADER, 5),
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.BAD_HEADER, 6),
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.MISSING_SUBJECT, 2),
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.MISSING_ASK, 2),
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.UNKNOWN_PLACEHOLDER, 10));
    }

    @Test
    void aListOrFieldsWhereOneValueBelongsIsAProblemAtItsField() {
        // Found by fuzzing: a mapping as minOwnWords, or as a source's title, stopped the checker.
        for (String value : new String[] {"{a: b}", "[1, 2]", "\n  words: 5"}) {
            String text = HEADER.replaceFirst("\n---\n", "\nminOwnWords: " + value + "\n---\n")
                    + "{{story}} {{ask}}\n";
            var result = check(text);
            assertThat(result.errors()).as(value).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(ProblemKind.BAD_HEADER);
                assertThat(problem.message()).startsWith("minOwnWords must be a whole number");
            });
        }
        for (String value : new String[] {"{a: b}", "[x, y]"}) {
            String text = HEADER.replaceFirst("\n---\n", "\nsources:\n  - title: " + value + "\n    url: https://example.org/\n---\n")
                    + "{{story}} {{ask}}\n";
            var result = check(text);
            assertThat(result.errors()).as(value).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(ProblemKind.BAD_HEADER);
                assertThat(problem.message()).startsWith("Source 1 needs");
            });
        }
    }

    @Test
    void aMissingHeaderOrClosingFenceIsABadHeaderOnLineOne() {
        assertThat(check("Dear MP, {{ask}}").errors()).singleElement()
                .extracting(TemplateProblem::kind, TemplateProblem::line)
                .containsExactly(ProblemKind.BAD_HEADER, 1);
        assertThat(check("---\nid: x\n{{ask}}").errors()).singleElement()
                .extracting(TemplateProblem::kind).isEqualTo(ProblemKind.BAD_HEADER);
    }

    @Test
    void warningsDoNotStopATemplateLoading() {
        var result = check(HEADER + "A letter with no ask and no room.\n");
        assertThat(result.template()).isPresent();
        assertThat(result.warnings()).extracting(TemplateProblem::kind)
                .containsExactlyInAnyOrder(ProblemKind.ASK_NOT_IN_BODY, ProblemKind.NO_ROOM_FOR_OWN_WORDS);
    }

    @Test
    void theCurrentItemOnlyMakesSenseInsideASection() {
        var result = check(HEADER + "{{.}} {{story}} {{ask}} {{-first}}\n");
        assertThat(result.errors()).extracting(TemplateProblem::column).containsExactly(1, 25);
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkDoNotShiftColumns() {
        var result = check("\uFEFF" + HEADER.replace("\n", "\r\n") + "{{story}} {{mp.nmae}}\r\n{{ask}}\r\n");
        assertThat(result.errors()).singleElement()
                .extracting(TemplateProblem::line, TemplateProblem::column).containsExactly(8, 11);
    }

    @Test
    void theBundledTemplatesAllLoadWithoutErrors() {
        TemplateLibrary library = Bundled.templates();
        assertThat(library.problems()).filteredOn(TemplateProblem::isError).isEmpty();
        assertThat(library.templates()).hasSize(TemplateLibrary.bundledFileNames().size());
        assertThat(library.templates()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(library.templates()).allSatisfy(template -> {
            assertThat(template.bundled()).isTrue();
            assertThat(template.location()).isEqualTo(template.id() + ".txt");
            assertThat(template.header().summary()).isNotBlank();
        });
        assertThat(library.find("own-words")).isPresent();
    }

    @Test
    void theBundledIndexListsExactlyTheTemplateFilesInTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            List<String> inFolder = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(TemplateLibrary.EXTENSION)).sorted().toList();
            assertThat(TemplateLibrary.bundledFileNames()).containsExactlyInAnyOrderElementsOf(inFolder);
        }
    }

    @Test
    void aFolderLoadsItsGoodTemplatesAndReportsTheBadOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.txt"), HEADER + "{{story}}\n{{ask}}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("same-id.txt"), HEADER + "{{story}} again\n{{ask}}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("typo.txt"), HEADER.replace("test-letter", "typo") + "{{story}}\n{{askk}}\n",
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("latin1.txt"), new byte[] {'-', '-', '-', '\n', (byte) 0xE9, '\n'});
        Files.writeString(dir.resolve("notes.md"), "not a template");

        TemplateLibrary library = TemplateLibrary.folder(dir, checker);

        assertThat(library.templates()).extracting(LetterTemplate::id).containsExactly("test-letter");
        assertThat(library.problems()).extracting(p -> Path.of(p.file()).getFileName().toString(), TemplateProblem::kind,
                        TemplateProblem::line, TemplateProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("latin1.txt", ProblemKind.BAD_HEADER, 1, 1),
                        org.assertj.core.groups.Tuple.tuple("same-id.txt", ProblemKind.DUPLICATE_ID, 2, 1),
                        org.assertj.core.groups.Tuple.tuple("typo.txt", ProblemKind.UNKNOWN_PLACEHOLDER, 9, 1));
    }

    @Test
    void loadingOneBrokenFileThrowsWithEveryError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.txt");
        Files.writeString(file, HEADER + "{{#story}}\n{{mp.nmae}}\n{{ask}}\n");
        assertThatThrownBy(() -> TemplateLibrary.load(file, checker))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining(file + ":8:1:")
                .hasMessageContaining(file + ":9:1:")
                .satisfies(e -> assertThat(((TemplateException) e).problems()).hasSize(2));
    }

    @Test
    void aWrittenTemplateReadsBackTheSame() {
        for (LetterTemplate template : Bundled.templates().templates()) {
            String written = TemplateFileCodec.write(template);
            var reread = checker.check(written, template.location(), true);
            assertThat(reread.errors()).as(template.id()).isEmpty();
            assertThat(reread.template().orElseThrow().header()).isEqualTo(template.header());
            assertThat(reread.template().orElseThrow().body().strip()).isEqualTo(template.body().strip());
        }
    }

    @Test
    void everyPlaceholderIsDocumentedInTheTemplatesReadme() throws IOException {
        String readme = Files.readString(Path.of("templates", "README.md"));
        assertThat(Placeholders.ALL).allSatisfy(placeholder -> {
            assertThat(readme).contains(placeholder.list() || placeholder.kind() == Placeholder.Kind.FLAG
                    ? "{{#" + placeholder.name() + "}}" : "{{" + placeholder.name() + "}}");
            assertThat(placeholder.description()).isNotBlank();
        });
    }
}
