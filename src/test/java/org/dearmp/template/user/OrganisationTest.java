package org.dearmp.template.user;

import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.Bundled;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisation a copy is made in the name of: remembered beside the templates, never worth an error. */
@DataTest
class OrganisationTest {
    @TempDir
    Path folder;

    private UserTemplateStore store() {
        TemplateLibrary bundled = Bundled.templates();
        return new UserTemplateStore(folder, new TemplateChecker(),
                bundled.templates().stream().map(t -> t.id()).toList());
    }

    @Test
    void rememberedTidyAndABlankNameChangesNothing() {
        UserTemplateStore store = store();
        assertThat(store.organisation()).isEmpty();
        store.rememberOrganisation("  Freedom Network ");
        store.rememberOrganisation("   ");
        assertThat(store().organisation()).contains("Freedom Network");
        assertThat(store().list()).as("not a template").isEmpty();
    }

    @Test
    void aDamagedFileMeansNoOrganisationAndACopyStillWorks() throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("organisation.json"), "{\"organisation\": ");
        UserTemplateStore store = store();
        assertThat(store.organisation()).isEmpty();
        UserTemplate copy = store.duplicate(Bundled.templates().require("stronger-laws"));
        assertThat(copy.template().orElseThrow().header().author()).isEmpty();
        assertThat(copy.template().orElseThrow().header().version()).isEqualTo("1");
    }
}
