package org.dearmp.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sections inside sections multiply: the checker and the renderer both hold to {@link TemplateLimits}. */
class TemplateLimitsTest {

    private static final String HEADER = """
            ---
            id: test-letter
            title: A test letter
            summary: For the tests.
            subject: A subject
            ask: Will you reply?
            ---
            {{ask}} {{story}}
            """;

    private final TemplateChecker checker = new TemplateChecker();

    private static String nested(int depth, String inside) {
        return "{{#points}}\n".repeat(depth) + inside + "\n" + "{{/points}}\n".repeat(depth);
    }

    @Test
    void fourSectionsDeepIsAllowed() {
        TemplateChecker.Result result = checker.check(HEADER + nested(4, "{{.}}"), "deep.txt", false);

        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aFifthSectionInsideTheOthersIsAnErrorAtItsLine() {
        TemplateChecker.Result result = checker.check(HEADER + nested(12, "{{.}}"), "deep.txt", false);

        assertThat(result.template()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.TOO_BIG);
            assertThat(problem.line()).isEqualTo(13);
            assertThat(problem.message()).contains("inside more than 4 other sections");
        });
    }

    @Test
    void evenTheCheckerWithoutALengthCheckRefusesSectionsThatMultiplyPastTheLimit() {
        // Three sample points to the fourth power of 1,320 characters: 106,920 characters.
        TemplateChecker.Result result = checker.check(HEADER + nested(4, "All work and no play. ".repeat(60)),
                "big.txt", false);

        assertThat(result.template()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.TOO_BIG);
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.message()).contains("more than 100,000 characters");
        });
    }

    @Test
    void renderingStopsAtTheLimitInsteadOfMakingTheWholeLetter() {
        // Under the limit with three sample points (81,000 characters); ten points would make ten million.
        LetterTemplate template = checker.check(HEADER + nested(4, "x".repeat(1000)), "big.txt", false)
                .template().orElseThrow();
        Map<String, Object> values = Map.of("ask", "Will you?", "story", "Mine.", "points", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"));

        assertThatThrownBy(() -> TemplateRenderer.render(template, values))
                .isInstanceOf(TemplateLimits.TooLongException.class)
                .hasMessageContaining("more than 100,000 characters");
    }

    @Test
    void aTemplateMadeWithoutTheCheckerIsStillHeldToTheNestingLimit() {
        LetterTemplate unchecked = new LetterTemplate(checker.check(HEADER, "ok.txt", false).template().orElseThrow()
                .header(), nested(6, "{{.}}"), 8, "unchecked.txt", false);

        assertThatThrownBy(() -> TemplateRenderer.render(unchecked, Map.of("ask", "Will you?", "points", List.of("a"))))
                .isInstanceOf(org.dearmp.core.DearMpException.class)
                .hasMessageContaining("inside more than 4 other sections");
    }

    @Test
    void anOrdinaryLetterRendersWhole() {
        LetterTemplate template = checker.check(HEADER + nested(1, "- {{.}}"), "ok.txt", false).template().orElseThrow();

        assertThat(TemplateRenderer.render(template, Map.of("ask", "Will you?", "story", "Mine.",
                "points", List.of("one", "two")))).isEqualTo("Will you? Mine.\n- one\n- two\n");
    }
}
