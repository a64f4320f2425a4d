package org.dearmp.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dearmp.i18n.Language;
import org.dearmp.template.pack.PackLimits;
import org.dearmp.template.pack.PackedTemplate;
import org.dearmp.template.pack.TemplatePack;
import org.dearmp.template.pack.TemplatePackReader;
import org.dearmp.template.pack.TemplatePackWriter;
import org.dearmp.testsupport.Bundled;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template's language and campaign: read, checked, written back, packed, and the Welsh bundled ones. */
@DataTest
class TemplateLanguageTest {

    private static final String HEADER = """
            ---
            id: cyfraith
            title: Cyfraith gryfach
            subject: Dwyn masnachwyr i gyfrif
            ask: A wnewch chi ateb?
            %s
            ---
            Rwy'n byw yn etholaeth {{constituency.name}}.

            {{story}}

            {{ask}}
            """;

    private final TemplateChecker checker = new TemplateChecker();

    private TemplateChecker.Result check(String extraFields) {
        return checker.check(HEADER.formatted(extraFields), "cyfraith.txt", false);
    }

    @Test
    void aTemplateIsEnglishAndStandsAloneUnlessItSaysOtherwise() {
        TemplateHeader header = check("").template().orElseThrow().header();
        assertThat(header.language()).isEqualTo(Language.ENGLISH);
        assertThat(header.campaign()).isEmpty();
        assertThat(header.campaignId()).isEqualTo("cyfraith");
    }

    @Test
    void aWelshTemplateNamesItsLanguageAndTheCampaignItSharesWithTheEnglishOne() {
        TemplateHeader header = check("language: cy\ncampaign: stronger-laws").template().orElseThrow().header();
        assertThat(header.language()).isEqualTo(Language.WELSH);
        assertThat(header.campaignId()).isEqualTo("stronger-laws");
        assertThat(check("language: CY").template().orElseThrow().header().language()).isEqualTo(Language.WELSH);
    }

    @Test
    void anUnknownLanguageIsRefusedAtItsLineWithTheLanguagesThereAre() {
        TemplateChecker.Result result = check("language: Cymraeg");
        assertThat(result.template()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.kind()).isEqualTo(ProblemKind.BAD_HEADER);
            assertThat(problem.message()).isEqualTo(
                    "language must be \"en\" (English, the default) or \"cy\" (Welsh, Cymraeg), not \"Cymraeg\".");
        });
        assertThat(check("campaign: Stronger Laws").errors()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("campaign must be", "\"Stronger Laws\""));
    }

    @Test
    void theLanguageAndCampaignAreWrittenBackAfterTheAskKindAndLeftOutForEnglish() {
        LetterTemplate welsh = check("language: cy\ncampaign: stronger-laws").template().orElseThrow();
        String written = TemplateFileCodec.write(welsh);
        assertThat(written).contains("ask: A wnewch chi ateb?\nlanguage: cy\ncampaign: stronger-laws\n");
        assertThat(checker.check(written, "again.txt", false).template().orElseThrow().header())
                .isEqualTo(welsh.header());
        TemplateFields fields = TemplateFields.fromText(written).orElseThrow();
        assertThat(fields.language()).isEqualTo("cy");
        assertThat(fields.withLanguage("").toText()).doesNotContain("language:");
        assertThat(TemplateFileCodec.write(check("").template().orElseThrow())).doesNotContain("language", "campaign");
    }

    @Test
    void aPackKeepsATemplatesLanguage(@TempDir Path dir) {
        LetterTemplate welsh = Bundled.templates().require("stronger-laws-cy");
        Path pack = dir.resolve("pecyn.dearmp");
        new TemplatePackWriter(Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC), PackLimits.DEFAULT)
                .write(pack, "Cymorth Cymru", List.of(PackedTemplate.of(welsh, TemplateFileCodec.write(welsh), "")));
        TemplatePack read = new TemplatePackReader(checker, PackLimits.DEFAULT).read(pack);
        assertThat(read.templates()).singleElement().satisfies(packed -> {
            assertThat(packed.template().header().language()).isEqualTo(Language.WELSH);
            assertThat(packed.template().header().campaignId()).isEqualTo("stronger-laws");
        });
    }

    @Test
    void everyBundledWelshTemplateHasAnEnglishOneOfTheSameCampaign() {
        TemplateLibrary bundled = Bundled.templates();
        List<LetterTemplate> welsh = bundled.templates().stream()
                .filter(t -> t.header().language() == Language.WELSH).toList();
        assertThat(welsh).extracting(LetterTemplate::id).containsExactly("stronger-laws-cy", "survivor-support-cy",
                "written-question-cy", "own-words-cy", "follow-up-no-reply-cy", "follow-up-not-answered-cy",
                "follow-up-thank-you-cy");
        assertThat(bundled.require("own-words-cy").title()).isEqualTo("Yn fy ngeiriau fy hun");
        for (LetterTemplate template : welsh) {
            LetterTemplate english = bundled.require(template.header().campaignId());
            assertThat(english.header().language()).as(template.id()).isEqualTo(Language.ENGLISH);
            assertThat(template.header().askKind()).as(template.id()).isEqualTo(english.header().askKind());
            assertThat(template.header().minOwnWords()).as(template.id()).isEqualTo(english.header().minOwnWords());
            // The same sources (a Welsh one may add one of its own), and the same placeholders in the body.
            assertThat(template.header().sources()).as(template.id()).containsAll(english.header().sources());
            assertThat(template.body()).as(template.id()).contains("{{ask}}", "{{constituency.name}}", "{{story}}");
        }
    }

    @Test
    void theBundledWelshTemplatesAreWrittenExactlyAsTheAppWritesThem() throws Exception {
        for (String id : List.of("stronger-laws-cy", "survivor-support-cy", "written-question-cy", "own-words-cy")) {
            String file = java.nio.file.Files.readString(Path.of("templates", id + ".txt"));
            assertThat(TemplateFileCodec.write(Bundled.templates().require(id))).as(id).isEqualTo(file);
        }
    }
}
