package org.dearmp.template.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.core.DearMpException;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.ProblemKind;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.template.TemplateProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserTemplateStoreTest {
    private static final TemplateChecker CHECKER = new TemplateChecker();
    private static final TemplateLibrary BUNDLED = TemplateLibrary.bundled(CHECKER);

    @TempDir
    Path home;
    private UserTemplateStore store;
    private TemplateCatalog catalog;

    @BeforeEach
    void setUp() {
        store = new UserTemplateStore(home.resolve("templates"), CHECKER,
                BUNDLED.templates().stream().map(LetterTemplate::id).toList());
        catalog = new TemplateCatalog(BUNDLED, store);
    }

    @Test
    void duplicatingABundledTemplateMakesAUsableCopyThatRemembersItsOriginal() {
        UserTemplate copy = store.duplicate(BUNDLED.require("stronger-laws"));
        UserTemplate second = store.duplicate(BUNDLED.require("stronger-laws"));

        assertThat(copy.id()).isEqualTo("stronger-laws-copy");
        assertThat(second.id()).isEqualTo("stronger-laws-copy-2");
        assertThat(copy.usable()).isTrue();
        assertThat(copy.template().orElseThrow().title()).isEqualTo("Stronger laws and sentences for traffickers (copy)");
        assertThat(copy.template().orElseThrow().body()).isEqualTo(BUNDLED.require("stronger-laws").body());
        assertThat(store.basedOn("stronger-laws-copy")).contains("stronger-laws");
        assertThat(Files.exists(home.resolve("templates/stronger-laws-copy.txt"))).isTrue();
        assertThat(catalog.forLetterWriters()).extracting(LetterTemplate::id)
                .startsWith(BUNDLED.templates().get(0).id())
                .contains("stronger-laws-copy", "stronger-laws-copy-2");
    }

    @Test
    void aBrokenTemplateIsSavedAsADraftButNeverOfferedToLetterWriters() throws java.io.IOException {
        String text = store.duplicate(BUNDLED.require("stronger-laws")).text();
        String broken = text.replaceFirst("(?m)^ask: .*$", "ask: \"\"");

        UserTemplate draft = store.save("stronger-laws-copy", broken);

        assertThat(Files.readString(home.resolve("templates/stronger-laws-copy.txt"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(broken);
        assertThat(draft.draft()).isTrue();
        assertThat(draft.problems()).extracting(TemplateProblem::kind).contains(ProblemKind.MISSING_ASK);
        assertThat(store.list()).extracting(UserTemplate::id).containsExactly("stronger-laws-copy");
        assertThat(catalog.forLetterWriters()).extracting(LetterTemplate::id).doesNotContain("stronger-laws-copy");

        store.save("stronger-laws-copy", text);
        assertThat(catalog.find("stronger-laws-copy")).isPresent();
    }

    @Test
    void bundledTemplatesAreReadOnlyAndDeletingForgetsTheOrigin() {
        String text = store.duplicate(BUNDLED.require("survivor-support")).text();
        assertThatThrownBy(() -> store.save("survivor-support", text)).isInstanceOf(DearMpException.class)
                .hasMessageContaining("comes with Dear MP and cannot be changed");

        store.delete("survivor-support-copy");
        assertThat(store.list()).isEmpty();
        assertThat(store.basedOn("survivor-support-copy")).isEmpty();
        assertThat(catalog.forLetterWriters()).hasSize(BUNDLED.templates().size());
    }

    @Test
    void aFileWhoseIdDiffersFromItsNameIsNotOffered() {
        String text = store.duplicate(BUNDLED.require("stronger-laws")).text();
        store.save("renamed", text);

        UserTemplate renamed = store.find("renamed").orElseThrow();
        assertThat(renamed.usable()).isFalse();
        assertThat(renamed.problems()).anySatisfy(p -> assertThat(p.message())
                .contains("this file must have the id \"renamed\""));
    }
}
