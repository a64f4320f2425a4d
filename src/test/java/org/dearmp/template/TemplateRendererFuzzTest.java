package org.dearmp.template;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.dearmp.testsupport.DomainErrors;

/**
 * Any body rendered, checked or not: the renderer itself must refuse what {@link TemplateLimits} refuses
 * (sections too deep, a letter too long) and turn every other Mustache mistake into a domain error.
 */
class TemplateRendererFuzzTest {

    private static final TemplateHeader HEADER =
            TemplateLibrary.bundled(new TemplateChecker()).templates().get(0).header();

    @FuzzTest(maxDuration = "30s")
    void render(byte[] body) throws Exception {
        LetterTemplate template = new LetterTemplate(HEADER, new String(body, StandardCharsets.UTF_8), 10,
                "fuzz.txt", false);
        DomainErrors.allowed(() -> TemplateRenderer.render(template, TemplateLimits.trialValues()));
    }
}
