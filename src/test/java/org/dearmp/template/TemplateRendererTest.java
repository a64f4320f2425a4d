package org.dearmp.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dearmp.core.DearMpException;
import org.junit.jupiter.api.Test;

/** The renderer on bodies no checker has seen: its own refusals are domain errors, whoever built the template. */
class TemplateRendererTest {

    private static final TemplateHeader HEADER =
            TemplateLibrary.bundled(new TemplateChecker()).templates().get(0).header();

    private static LetterTemplate unchecked(String body) {
        return new LetterTemplate(HEADER, body, 5, "mine.txt", false);
    }

    /**
     * Found by TemplateRendererFuzzTest: jmustache meets each of these with a StringIndexOutOfBounds or
     * ArrayIndexOutOfBounds exception (an empty tag, an empty tag after a change of delimiters, a name with an
     * empty part, a name of dots only), which reached the caller as a crash.
     */
    @Test
    void tagsJmustacheCannotReadAreRefusedAsTemplateMistakes() {
        for (String body : new String[] {"Dear {{}},", "{{=<% %>=}}Dear <% %>,", "{{#points}}{{.points}}{{/points}}",
            "Dear {{mp..name}},", "Dear {{..}},"}) {
            assertThatThrownBy(() -> TemplateRenderer.render(unchecked(body), TemplateLimits.trialValues()))
                    .as(body).isExactlyInstanceOf(DearMpException.class).hasMessageContaining("mine.txt");
        }
    }

    @Test
    void aCheckedBodyStillRenders() {
        assertThat(TemplateRenderer.render(unchecked("Dear {{mp.name}}, {{ask}}"), TemplateLimits.trialValues()))
                .isEqualTo("Dear Sample, Sample");
    }
}
