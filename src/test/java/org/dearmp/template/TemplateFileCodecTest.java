package org.dearmp.template;

import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.Bundled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One reader and one writer of template files: what is read and written back is the same file. */
@DataTest
class TemplateFileCodecTest {
    private static final Path BUNDLED = Path.of("templates");

    @Test
    void writingWhatWasReadGivesBackEachBundledFileExactly() throws IOException {
        for (String name : TemplateLibrary.bundledFileNames()) {
            String text = Files.readString(BUNDLED.resolve(name));

            TemplateFields fields = TemplateFileCodec.readFields(text).orElseThrow();

            assertThat(TemplateFileCodec.write(fields)).as(name).isEqualTo(text);
        }
    }

    @Test
    void aCheckedTemplateIsWrittenAsItsFile() throws IOException {
        for (LetterTemplate template : Bundled.templates().templates()) {
            String text = Files.readString(BUNDLED.resolve(template.id() + TemplateLibrary.EXTENSION));
            assertThat(TemplateFileCodec.write(template)).as(template.id()).isEqualTo(text);
        }
    }

    @Test
    void parseWriteParseIsTheSame() throws IOException {
        for (String name : TemplateLibrary.bundledFileNames()) {
            TemplateFields once = TemplateFileCodec.readFields(Files.readString(BUNDLED.resolve(name))).orElseThrow();
            TemplateFields twice = TemplateFileCodec.readFields(TemplateFileCodec.write(once)).orElseThrow();
            assertThat(twice).as(name).isEqualTo(once);
        }
    }

    @Test
    void emptyListsAndBlankOptionalFieldsAreLeftOutWhoeverWrites() {
        TemplateHeader header = new TemplateHeader("plain", "Plain", "", "A subject", "Will you reply?", List.of(),
                List.of(), List.of(), 0, "1", "");
        String fromHeader = TemplateFileCodec.write(header, "{{ask}}\n");
        String fromForm = TemplateFileCodec.write(TemplateFields.of(header, "{{ask}}\n"));

        assertThat(fromHeader).isEqualTo(fromForm)
                .doesNotContain("prompts", "tags", "sources", "summary", "author", "[]")
                .contains("minOwnWords: 0\n");
    }

    @Test
    void splitsAtTheFencesAndSaysWhyWhenItCannot() {
        TemplateFileCodec.Split split = TemplateFileCodec.split("\uFEFF---\r\nid: x\r\n---  \r\nDear {{mp.name}}\r\n");
        assertThat(split).isEqualTo(new TemplateFileCodec.Parts("id: x", "Dear {{mp.name}}\n", 4));
        assertThat(TemplateFileCodec.split("no header"))
                .isEqualTo(new TemplateFileCodec.Unsplit("template.problem.noHeader"));
        assertThat(TemplateFileCodec.split("---\nid: x\nbody"))
                .isEqualTo(new TemplateFileCodec.Unsplit("template.problem.headerNotClosed"));
    }

    @Test
    void aFileTooBigOrNotUtf8IsRefusedWithThatOneProblem() {
        assertThatThrownBy(() -> TemplateFileCodec.text("big.txt", new byte[(int) TemplateFileCodec.MAX_FILE_BYTES + 1]))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString()).startsWith("big.txt:1:1:").contains("KB")));
        assertThatThrownBy(() -> TemplateFileCodec.text("latin1.txt", new byte[] {'-', '-', '-', '\n', (byte) 0xE9}))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).contains("UTF-8")));
        assertThat(TemplateFileCodec.text("ok.txt", "---\nid: ok\n---\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("---\nid: ok\n---\n");
    }
}
