package org.dearmp.app;

import org.dearmp.testsupport.DataTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dearmp.lookup.LookupResult;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.ProblemKind;
import org.dearmp.template.TemplateProblem;
import org.dearmp.template.user.UserTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DataTest
class AppContextTest {
    private static final Path REAL_EXTRACT = Path.of(System.getProperty("dearmp.data", "../shared/data"),
            "parliament", "dfe_mp_lookup_2026-06-27.csv");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T21:40:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private AppContext context() {
        return AppContext.forFolder(new AppDataFolder(home), CLOCK);
    }

    @Test
    void holdsTheFolderAndClockItWasBuiltFor() {
        AppContext context = context();
        assertThat(context.folder()).isEqualTo(new AppDataFolder(home));
        assertThat(context.clock()).isSameAs(CLOCK);
    }

    @Test
    void aLookupReadsNoTemplatesAndTheTemplatesReadNoPostcodes() {
        AppContext lookingUp = context();
        assertThat(lookingUp.lookup().lookup("SW1A 0AA")).isInstanceOf(LookupResult.Found.class);
        assertThat(lookingUp.postcodesLoaded()).isTrue();
        assertThat(lookingUp.templatesLoaded()).isFalse();

        AppContext listing = context();
        assertThat(listing.templates().forLetterWriters()).isNotEmpty();
        assertThat(listing.templatesLoaded()).isTrue();
        assertThat(listing.postcodesLoaded()).isFalse();
    }

    @Test
    void theDataIsMadeOnceAndShared() {
        AppContext context = context();
        assertThat(context.templates()).isSameAs(context.templates());
        assertThat(context.lookup()).isSameAs(context.lookup());
        assertThat(context.batch()).isSameAs(context.batch());
        assertThat(context.postcodeIndex()).isSameAs(context.postcodeIndex());
    }

    @Test
    void theUsersTemplatesAreCheckedByTheOneCheckerWithTheLengthOfATypicalLetter() {
        AppContext context = context();
        assertThat(context.templates().user().checker()).isSameAs(context.templateChecker());
        String longBody = "{{ask}} {{story}}\n\n" + "This paragraph makes the letter run long. ".repeat(40) + "\n\n";
        context.templates().user().save("long-one", """
                ---
                id: long-one
                title: A long one
                subject: Long
                ask: Will you read it all?
                ---
                """ + longBody.repeat(6));

        UserTemplate saved = context.templates().user().find("long-one").orElseThrow();

        assertThat(saved.problems()).extracting(TemplateProblem::kind).contains(ProblemKind.TOO_LONG);
    }

    @Test
    void theLookupFollowsAnImportedMpList() throws IOException {
        AppContext context = context();
        assertThat(context.lookup().parliament().dataAsOf()).isEqualTo(LocalDate.of(2026, 6, 27));
        List<String> lines = Files.readAllLines(REAL_EXTRACT, StandardCharsets.UTF_8);
        Path newer = Files.write(home.resolve("dfe_mp_lookup_2026-11-01.csv"), lines, StandardCharsets.UTF_8);

        context.parliaments().importDfeExtract(newer, Optional.empty(), LocalDate.now(CLOCK));

        assertThat(context.lookup().parliament().dataAsOf()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(context.batch().parliament()).isSameAs(context.lookup().parliament());
    }

    @Test
    void theWarmUpReadsWhatTheFirstScreenNeedsBeforeAnyoneAsks() throws InterruptedException {
        AppContext context = context();
        assertThat(context.postcodesLoaded()).isFalse();
        assertThat(context.templatesLoaded()).isFalse();

        context.warmUpInBackground().join();

        assertThat(context.postcodesLoaded()).isTrue();
        assertThat(context.templatesLoaded()).isTrue();
    }
}
