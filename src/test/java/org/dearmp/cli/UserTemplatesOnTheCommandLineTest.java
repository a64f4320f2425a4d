package org.dearmp.cli;

import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.template.user.TemplateCatalog;
import org.dearmp.template.user.UserTemplate;
import org.dearmp.template.user.UserTemplateStore;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A template campaign staff saved in the template editor is one the command line can use, by its id. */
@DataTest
class UserTemplatesOnTheCommandLineTest {

    private static final String NEW_ASK = "Will you meet our refuge's staff in the next recess?";

    @TempDir
    Path dir;

    @RegisterExtension
    final TempUserData userData = new TempUserData();
    private UserTemplateStore store;

    @BeforeEach
    void userDataInATempFolder() {
        TemplateCatalog catalog = userData.context().templates();
        store = catalog.user();
        UserTemplate copy = store.duplicate(catalog.bundled().require("stronger-laws"));
        String ask = copy.template().orElseThrow().ask();
        store.save(copy.id(), copy.text().replace(ask, NEW_ASK));
        store.save("broken-draft", "this is not a template");
    }

    /** All the PDF's text, with every run of white space as one space (lines wrap anywhere). */
    private static String text(Path pdf) throws java.io.IOException {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf));
        try {
            StringBuilder all = new StringBuilder();
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append(' ');
            }
            return all.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    @Test
    void templatesListsTheSavedOneButNotABrokenDraft() {
        CliRun run = userData.run("templates");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("stronger-laws-copy", NEW_ASK).doesNotContain("broken-draft");
    }

    @Test
    void aLetterCanBeWrittenFromTheSavedTemplate() throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        CliRun run = userData.run("letter", "--postcode", "SW1A 0AA", "--template", "stronger-laws-copy", "--name", "Ann Lee",
                "--out", pdf.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(text(pdf)).contains("meet our refuge's staff in the next recess");
    }

    @Test
    void aBatchCanUseTheSavedTemplateAndABrokenDraftIsRefused() throws Exception {
        Path csv = dir.resolve("supporters.csv");
        Files.writeString(csv, "Name,Postcode\r\nAnn Lee,EH1 1YH\r\n", StandardCharsets.UTF_8);
        CliRun ok = userData.run("batch", "--input", csv.toString(), "--template", "stronger-laws-copy", "--out",
                dir.resolve("out").toString());
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(text(dir.resolve("out/" + org.dearmp.batch.run.BatchRunner.PRINT_FILE)))
                .contains("meet our refuge's staff in the next recess");

        CliRun broken = userData.run("batch", "--input", csv.toString(), "--template", "broken-draft", "--out",
                dir.resolve("out2").toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("broken-draft");
    }

    @Test
    void anUnknownTemplateIdListsTheSavedTemplatesToo() {
        CliRun run = userData.run("letter", "--postcode", "SW1A 0AA", "--template", "stronger-laws-cpy", "--name", "Ann Lee",
                "--out", dir.resolve("letter.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("There is no template \"stronger-laws-cpy\"", "stronger-laws,",
                "your own: stronger-laws-copy").doesNotContain("broken-draft");
        assertThat(dir.resolve("letter.pdf")).doesNotExist();
    }
}
