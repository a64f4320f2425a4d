package org.dearmp.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateFieldsTest {
    private static final TemplateChecker CHECKER = new TemplateChecker();

    @Test
    void everyBundledTemplateSurvivesTheFormUnchanged() {
        for (LetterTemplate template : TemplateLibrary.bundled(CHECKER).templates()) {
            TemplateFields fields = TemplateFields.of(template);
            String text = fields.toText();

            TemplateChecker.Result result = CHECKER.check(text, template.id() + ".txt", false);

            assertThat(result.errors()).as(template.id()).isEmpty();
            assertThat(result.template().orElseThrow().header()).isEqualTo(template.header());
            assertThat(result.template().orElseThrow().body().strip()).isEqualTo(template.body().strip());
            assertThat(TemplateFields.fromText(text)).contains(fields);
            assertThat(fields.bodyFirstLine()).isEqualTo(result.template().orElseThrow().bodyFirstLine());
        }
    }

    @Test
    void aDraftKeepsWhatWasTypedAndTheCheckerFindsTheGapAtItsLine() {
        TemplateFields draft = new TemplateFields("my-draft", "My draft", "", "A subject", "", List.of("Why?"),
                List.of("local"), List.of(new TemplateFields.SourceFields("A report", "", "")), "lots", "1", "",
                "Dear {{mp.salutation}},\n\n{{ask}}\n");
        String text = draft.toText();

        assertThat(TemplateFields.fromText(text)).contains(draft);
        List<TemplateProblem> problems = CHECKER.check(text, "my-draft.txt", false).problems();
        int askLine = text.lines().toList().indexOf("ask: \"\"") + 1;
        assertThat(askLine).isPositive();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.MISSING_ASK);
            assertThat(p.line()).isEqualTo(askLine);
        });
        assertThat(problems).extracting(TemplateProblem::message)
                .anySatisfy(m -> assertThat(m).contains("minOwnWords"))
                .anySatisfy(m -> assertThat(m).contains("Source 1"));
    }

    @Test
    void unreadableHeadersGiveNoFields() {
        assertThat(TemplateFields.fromText("no header at all")).isEmpty();
        assertThat(TemplateFields.fromText("---\ntitle: [unclosed\n---\nbody")).isEmpty();
    }
}
