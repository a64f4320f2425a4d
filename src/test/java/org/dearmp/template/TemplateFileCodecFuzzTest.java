package org.dearmp.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.dearmp.testsupport.DomainErrors;

/**
 * A template file from anywhere (the user's folder, a pack, the editor): read, checked, its fields read and
 * written back, and, when it checks, rendered with the trial values every checker renders it with.
 */
class TemplateFileCodecFuzzTest {

    private static final TemplateChecker CHECKER = new TemplateChecker();

    @FuzzTest(maxDuration = "30s")
    void load(byte[] file) throws Exception {
        DomainErrors.allowed(() -> {
            String text = TemplateFileCodec.text("fuzz.txt", file);
            TemplateChecker.Result result = CHECKER.check(text, "fuzz.txt", false);
            assertThat(result.template().isPresent() || result.hasErrors())
                    .as("a template that is refused says why").isTrue();
            TemplateFileCodec.idLine(text);
            Optional<TemplateFields> fields = TemplateFileCodec.readFields(text);
            if (fields.isPresent()) {
                // What the editor writes, read and written again, is the same file.
                String written = TemplateFileCodec.write(fields.get());
                Optional<TemplateFields> again = TemplateFileCodec.readFields(written);
                assertThat(again).as("the fields of a file the codec wrote").isPresent();
                assertThat(TemplateFileCodec.write(again.get())).isEqualTo(written);
            }
            if (result.template().isPresent()) {
                TemplateRenderer.render(result.template().get(), TemplateLimits.trialValues());
            }
        });
    }
}
