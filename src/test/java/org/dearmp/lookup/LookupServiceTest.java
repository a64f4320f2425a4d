package org.dearmp.lookup;

import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.Bundled;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dearmp.lookup.LookupResult.Certainty;
import org.dearmp.lookup.LookupResult.ChooseReason;
import org.dearmp.lookup.LookupResult.Status;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.MemberNote;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every outcome, with real postcodes through the real bundled index and MP list. */
@DataTest
class LookupServiceTest {
    static final LookupService SERVICE = Bundled.lookup(
            new ParliamentRepository(new AppDataFolder(Path.of("target", "no-such-data-folder"))).current());

    private static <T extends LookupResult> T lookup(String input, Class<T> type) {
        LookupResult result = SERVICE.lookup(input);
        assertThat(result).as(result.message()).isInstanceOf(type);
        assertThat(result.input()).isEqualTo(input);
        assertThat(result.message()).isNotBlank();
        return type.cast(result);
    }

    @Test
    void westminsterIsCitiesOfLondonAndWestminsterWithRachelBlake() {
        LookupResult.Found found = lookup("SW1A 0AA", LookupResult.Found.class);
        assertThat(found.status()).isEqualTo(Status.FOUND);
        assertThat(found.postcode()).hasToString("SW1A 0AA");
        assertThat(found.constituency().name()).isEqualTo("Cities of London and Westminster");
        assertThat(found.member()).get().extracting(m -> m.displayName()).isEqualTo("Rachel Blake");
        assertThat(found.certainty()).isEqualTo(Certainty.EXACT);
        assertThat(found.alternatives()).isEmpty();
        assertThat(found.notes()).isEmpty();
        assertThat(found.message()).isEqualTo(
                "SW1A 0AA is in Cities of London and Westminster. Your MP is Rachel Blake (Labour (Co-op)).");
    }

    @Test
    void runcornIsRuncornAndHelsby() {
        assertThat(lookup("WA7 1AA", LookupResult.Found.class).constituency().name()).isEqualTo("Runcorn and Helsby");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sw1a0aa", "SW1A OAA", "SWIA 0AA", "  sw1a   0aa ", "Sw1A 0aA"})
    void typosAndSpacingAreUnderstood(String typed) {
        LookupResult.Found found = lookup(typed, LookupResult.Found.class);
        assertThat(found.postcode()).hasToString("SW1A 0AA");
        assertThat(found.constituency().code()).isEqualTo("E14001172");
    }

    @Test
    void aCorrectedTypoIsShownToTheUser() {
        assertThat(lookup("SWIA 0AA", LookupResult.Found.class).message())
                .startsWith("We read \"SWIA 0AA\" as SW1A 0AA.");
    }

    @Test
    void aSectorSplitBetweenSeatsOffersTheOthersAsAlternatives() {
        // Buckingham Palace: SW1A 1 has 64 postcodes in Cities of London and Westminster, 2 in Battersea.
        LookupResult.Found found = lookup("SW1A 1AA", LookupResult.Found.class);
        assertThat(found.constituency().name()).isEqualTo("Cities of London and Westminster");
        assertThat(found.alternatives()).extracting(c -> c.constituency().name(), Candidate::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Battersea", 2));
        assertThat(found.message()).contains("split between 2 constituencies");
    }

    @Test
    void aNewerPostcodePlacedByItsNearestNeighbourSaysSo() {
        LookupResult.Found found = lookup("AB10 1DJ", LookupResult.Found.class);
        assertThat(found.constituency().name()).isEqualTo("Aberdeen South");
        assertThat(found.certainty()).isEqualTo(Certainty.NEAREST);
        assertThat(found.message()).contains("nearest older postcode");
    }

    @Test
    void theSpeakersSeatCarriesTheNote() {
        LookupResult.Found found = lookup("PR7 1DP", LookupResult.Found.class);
        assertThat(found.constituency().name()).isEqualTo("Chorley");
        assertThat(found.notes()).containsExactly(MemberNote.SPEAKER);
    }

    @Test
    void aVacantSeatIsFoundWithNoMemberAndSaysSo(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Path real = Path.of(System.getProperty("dearmp.data", "../shared/data"), "parliament",
                "dfe_mp_lookup_2026-06-27.csv");
        java.util.List<String> lines = java.nio.file.Files.readAllLines(real);
        lines.replaceAll(l -> l.replace("\"5257\",\"Rachel Blake MP\",\"Rachel Blake\"", "\"\",\"Vacant\",\"Vacant\""));
        Path newer = java.nio.file.Files.write(temp.resolve("dfe_mp_lookup_2026-10-03.csv"), lines);
        var repository = new ParliamentRepository(new AppDataFolder(temp.resolve("home")));
        repository.importDfeExtract(newer, java.util.Optional.empty(), java.time.LocalDate.of(2026, 11, 27));
        LookupService service = Bundled.lookup(repository.current());

        LookupResult.Found found = (LookupResult.Found) service.lookup("SW1A 0AA");

        assertThat(found.member()).isEmpty();
        assertThat(found.notes()).containsExactly(MemberNote.VACANT_SEAT);
        assertThat(found.message()).contains("The seat is vacant");
    }

    @Test
    void aPostcodeNotInTheDataOffersTheSeatsOfItsSector() {
        LookupResult.Choose choose = lookup("SW1A 1ZZ", LookupResult.Choose.class);
        assertThat(choose.reason()).isEqualTo(ChooseReason.UNKNOWN_POSTCODE);
        assertThat(choose.candidates()).extracting(c -> c.constituency().code(), Candidate::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("E14001172", 64), org.assertj.core.groups.Tuple.tuple("E14001081", 2));
        assertThat(choose.message()).contains("SW1A 1ZZ is not in our data").contains("SW1A 1");

        assertThat(lookup("WA7 1ZZ", LookupResult.Choose.class).candidates())
                .extracting(c -> c.constituency().name()).containsExactly("Runcorn and Helsby");
    }

    @Test
    void aPostcodeWhoseSectorIsNotInTheDataOffersTheSeatsOfItsDistrict() {
        LookupResult.Choose choose = lookup("SW1A 5AB", LookupResult.Choose.class);
        assertThat(choose.candidates()).extracting(c -> c.constituency().name())
                .containsExactly("Cities of London and Westminster", "Battersea");
        assertThat(choose.message()).contains("in SW1A,");
    }

    @Test
    void northernIrelandOffersBelfastSeatsFromTheRoughTableAndAllEighteen() {
        LookupResult.Choose choose = lookup("BT1 1AA", LookupResult.Choose.class);
        assertThat(choose.status()).isEqualTo(Status.CHOOSE);
        assertThat(choose.reason()).isEqualTo(ChooseReason.NORTHERN_IRELAND);
        assertThat(choose.candidates()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.constituency().name()).startsWith("Belfast"));
        assertThat(choose.candidates().get(0).count()).isGreaterThanOrEqualTo(choose.candidates().get(1).count());
        assertThat(choose.message()).contains("Northern Ireland").contains("rough guide");
        assertThat(SERVICE.choices(choose)).hasSize(18).extracting(c -> c.constituency())
                .allMatch(Constituency::isNorthernIreland).doesNotHaveDuplicates()
                .startsWith(choose.candidates().get(0).constituency());
    }

    @Test
    void aBulkMailPostcodeHasNoLocation() {
        LookupResult.NoLocation none = lookup("BD98 1GA", LookupResult.NoLocation.class);
        assertThat(none.status()).isEqualTo(Status.NO_LOCATION);
        assertThat(none.message()).contains("bulk-mail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"JE2 3AB", "GY1 1AA", "IM1 1AA", "FIQQ 1ZZ"})
    void crownDependenciesAndOverseasTerritoriesAreNotRepresented(String typed) {
        LookupResult.NotRepresented not = lookup(typed, LookupResult.NotRepresented.class);
        assertThat(not.status()).isEqualTo(Status.NOT_REPRESENTED);
        assertThat(not.message()).contains("no MP in the UK House of Commons").contains(not.territory());
    }

    @Test
    void jerseyIsNamed() {
        assertThat(lookup("JE2 3AB", LookupResult.NotRepresented.class).message())
                .isEqualTo("JE2 3AB is in Jersey, a Crown dependency with its own government: it has no MP in the UK "
                        + "House of Commons. Write to your own representatives in Jersey instead.");
    }

    @Test
    void forcesMailPointsToTheHomeAddress() {
        assertThat(lookup("BFPO 123", LookupResult.NotRepresented.class).message()).contains("home address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ99 9ZZ", "hello", "", "SW1A 0A", "SW1A 0AAA"})
    void nonsenseIsInvalidWithAReason(String typed) {
        LookupResult.Invalid invalid = lookup(typed.isEmpty() ? "" : typed, LookupResult.Invalid.class);
        assertThat(invalid.status()).isEqualTo(Status.INVALID);
        assertThat(invalid.message()).doesNotContain("{").hasSizeGreaterThan(20);
    }

    @Test
    void invalidMessagesSayWhatIsWrong() {
        assertThat(lookup("ZZ99 9ZZ", LookupResult.Invalid.class).message()).contains("ZZ");
        assertThat(lookup("hello", LookupResult.Invalid.class).message()).contains("hello");
    }
}
