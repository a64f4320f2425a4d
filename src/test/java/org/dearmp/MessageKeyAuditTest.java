package org.dearmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.dearmp.MessageKeyAudit.Findings;
import org.dearmp.MessageKeyAudit.KeyFamily;
import org.junit.jupiter.api.Test;

/** The message key audit on a made-up bundle and code: what it reports as missing, unused and unexplained. */
class MessageKeyAuditTest {
    private static final Set<String> BUNDLE = Set.of("ui.title", "ui.help.start.text", "ui.old.button",
            "ui.problemText.known");

    @Test
    void aKeyWrittenOutAndAFamilysKeysAreUsed() {
        Findings findings = MessageKeyAudit.audit(Set.of("ui.title", "ui.help.", "ui.problemText.", "Hello"),
                Set.of("ui.title", "ui.help.start.text", "ui.problemText.known"),
                List.of(KeyFamily.required("ui.help.", List.of("start.text")),
                        KeyFamily.optional("ui.problemText.", List.of("known", "noWordingOfItsOwn"))), Set.of());

        assertThat(findings.clean()).as(findings.report()).isTrue();
    }

    @Test
    void reportsMissingUnusedAndPrefixesWithNoFamily() {
        Findings findings = MessageKeyAudit.audit(Set.of("ui.title", "ui.typo.label", "ui.help.", "ui.step."),
                BUNDLE, List.of(KeyFamily.required("ui.help.", List.of("start.text", "batch.text"))), Set.of());

        assertThat(findings.missing()).containsExactly("ui.help.batch.text", "ui.typo.label");
        assertThat(findings.unused()).containsExactly("ui.old.button", "ui.problemText.known");
        assertThat(findings.prefixesWithoutFamily()).containsExactly("ui.step.");
        assertThat(findings.clean()).isFalse();
        assertThat(findings.report()).contains("ui.typo.label", "ui.old.button", "ui.step.");
    }

    @Test
    void literalsOutsideTheBundlesAreasOrListedAsNotKeysAreNotKeys() {
        Findings findings = MessageKeyAudit.audit(Set.of("ui.title", "dearmp.home", "ui.font.ttf", "ui."),
                Set.of("ui.title"), List.of(), Set.of("ui.font.ttf", "ui."));

        assertThat(findings.clean()).as(findings.report()).isTrue();
    }

    @Test
    void readsLiteralsFromTheRealSourceButNotFromComments() throws Exception {
        SourceLiterals source = SourceLiterals.read(MessageKeyAudit.SOURCES);

        assertThat(source.literals()).contains("ui.help.", "app.title");
        assertThat(source.literals()).doesNotContain("parliament.uk"); // only in a comment in Mailbox
        assertThat(source.literalArguments("EditorFormPane", "addField", 2))
                .contains("title", "summary", "subject", "ask");
    }
}
