package org.dearmp.postcode;

import org.dearmp.testsupport.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.dearmp.postcode.ParsedPostcode.Invalid;
import org.dearmp.postcode.ParsedPostcode.Problem;
import org.dearmp.postcode.ParsedPostcode.Valid;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DataTest
class PostcodeParserTest {

    private static Valid valid(String input) {
        ParsedPostcode parsed = PostcodeParser.parse(input);
        assertThat(parsed).as(input).isInstanceOf(Valid.class);
        return (Valid) parsed;
    }

    private static Invalid invalid(String input) {
        ParsedPostcode parsed = PostcodeParser.parse(input);
        assertThat(parsed).as(input).isInstanceOf(Invalid.class);
        return (Invalid) parsed;
    }

    @ParameterizedTest
    @CsvSource({
        "SW1A 0AA, SW1A 0AA, false",
        "sw1a0aa, SW1A 0AA, false",
        "'  Sw1a   0aA ', SW1A 0AA, false",
        "SW1A OAA, SW1A 0AA, true",
        "SWIA 0AA, SW1A 0AA, true",
        "swia oaa, SW1A 0AA, true",
        "WA7 1AA, WA7 1AA, false",
        "WA7 IAA, WA7 1AA, true",
        "M1 1AE, M1 1AE, false",
        "EC1A 1BB, EC1A 1BB, false",
        "W1A 0AX, W1A 0AX, false",
        "B1 1BB, B1 1BB, false",
        "OL1 1AA, OL1 1AA, false",
        "0L1 1AA, OL1 1AA, true",
        "0X1 1AA, OX1 1AA, true",
        "1G1 1AA, IG1 1AA, true",
        "B1O 1AA, B10 1AA, true",
        "SW1A-0AA, SW1A 0AA, false",
        "SW1I 0AA, SW11 0AA, true",
        "SW1A\u00A00AA, SW1A 0AA, false",
        "SW1A\u20130AA, SW1A 0AA, false",
    })
    void understandsWhatPeopleType(String typed, String canonical, boolean corrected) {
        Valid v = valid(typed);
        assertThat(v.postcode().toString()).isEqualTo(canonical);
        assertThat(v.kind()).isEqualTo(PostcodeKind.GB);
        assertThat(v.territory()).isEmpty();
        assertThat(v.corrected()).isEqualTo(corrected);
        assertThat(v.input()).isEqualTo(typed);
    }

    @Test
    void everyRealGbPostcodeParsesAsItself() throws IOException {
        List<String> refused = new ArrayList<>();
        int rows = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(SharedData.gbPostcodes()), 1 << 16), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String text = line.substring(0, line.indexOf(','));
                ParsedPostcode parsed = PostcodeParser.parse(text);
                boolean ok = parsed instanceof Valid v && v.kind() == PostcodeKind.GB && !v.corrected()
                        && v.postcode().toString().equals(text);
                if (!ok && refused.size() < 10) {
                    refused.add(text + " -> " + parsed);
                }
                rows++;
            }
        }
        assertThat(refused).isEmpty();
        assertThat(rows).isEqualTo(1_745_849);
    }

    @Test
    void splitsOutwardInwardAndSector() {
        Postcode p = valid("sw1a0aa").postcode();
        assertThat(p.outward()).isEqualTo("SW1A");
        assertThat(p.inward()).isEqualTo("0AA");
        assertThat(p.sector()).isEqualTo("SW1A 0");
        assertThat(p.area()).isEqualTo("SW");
        assertThat(Postcode.of("SW1A 0AA")).isEqualTo(p);
    }

    @Test
    void northernIrelandIsRecognised() {
        Valid v = valid("bt1 1aa");
        assertThat(v.kind()).isEqualTo(PostcodeKind.NORTHERN_IRELAND);
        assertThat(v.postcode().toString()).isEqualTo("BT1 1AA");
        assertThat(v.kind().hasWestminsterMp()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"JE2 3AB, JERSEY, Jersey", "GY1 1AA, GUERNSEY, Guernsey", "IM1 1AA, ISLE_OF_MAN, the Isle of Man"})
    void crownDependenciesAreNamed(String typed, Territory territory, String name) {
        Valid v = valid(typed);
        assertThat(v.kind()).isEqualTo(PostcodeKind.CROWN_DEPENDENCY);
        assertThat(v.territory()).contains(territory);
        assertThat(v.territory().orElseThrow().displayName()).isEqualTo(name);
        assertThat(v.kind().hasWestminsterMp()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "FIQQ 1ZZ, FIQQ 1ZZ, FALKLAND_ISLANDS",
        "fiqq1zz, FIQQ 1ZZ, FALKLAND_ISLANDS",
        "SIQQ 1ZZ, SIQQ 1ZZ, SOUTH_GEORGIA_AND_SOUTH_SANDWICH_ISLANDS",
        "BBND 1ZZ, BBND 1ZZ, BRITISH_INDIAN_OCEAN_TERRITORY",
        "BIQQ 1ZZ, BIQQ 1ZZ, BRITISH_ANTARCTIC_TERRITORY",
        "ASCN 1ZZ, ASCN 1ZZ, ASCENSION_ISLAND",
        "STHL 1ZZ, STHL 1ZZ, ST_HELENA",
        "TDCU 1ZZ, TDCU 1ZZ, TRISTAN_DA_CUNHA",
        "TKCA 1ZZ, TKCA 1ZZ, TURKS_AND_CAICOS_ISLANDS",
        "PCRN 1ZZ, PCRN 1ZZ, PITCAIRN_ISLANDS",
        "GX11 1AA, GX11 1AA, GIBRALTAR",
        "gx111aa, GX11 1AA, GIBRALTAR",
        "KY1-1100, KY1-1100, CAYMAN_ISLANDS",
        "ky1 1100, KY1-1100, CAYMAN_ISLANDS",
        "VG1110, VG1110, BRITISH_VIRGIN_ISLANDS",
        "MSR 1110, MSR 1110, MONTSERRAT",
        "AI-2640, AI-2640, ANGUILLA",
        "HM 12, HM 12, BERMUDA",
    })
    void overseasTerritoriesAreNamed(String typed, String canonical, Territory territory) {
        Valid v = valid(typed);
        assertThat(v.kind()).isEqualTo(PostcodeKind.OVERSEAS_TERRITORY);
        assertThat(v.territory()).contains(territory);
        assertThat(v.postcode().toString()).isEqualTo(canonical);
        assertThat(territory.displayName()).isNotBlank();
        assertThat(Postcode.of(canonical)).as("canonical text reads back").isEqualTo(v.postcode());
    }

    @Test
    void overseasCodesForgiveTheSameTypos() {
        Valid v = valid("FIQQ IZZ");
        assertThat(v.territory()).contains(Territory.FALKLAND_ISLANDS);
        assertThat(v.corrected()).isTrue();
        assertThat(valid("F1QQ 1ZZ").postcode().toString()).isEqualTo("FIQQ 1ZZ");
    }

    @Test
    void bfpoAndGirobank() {
        Valid bfpo = valid("bfpo 57");
        assertThat(bfpo.kind()).isEqualTo(PostcodeKind.BFPO);
        assertThat(bfpo.postcode().toString()).isEqualTo("BFPO 57");
        assertThat(valid("BFPO1234").postcode().toString()).isEqualTo("BFPO 1234");
        Valid giro = valid("gir0aa");
        assertThat(giro.kind()).isEqualTo(PostcodeKind.GIROBANK);
        assertThat(giro.postcode().toString()).isEqualTo("GIR 0AA");
        assertThat(valid("GIR OAA").corrected()).isTrue();
        assertThat(giro.territory()).isEmpty();
    }

    @Test
    void anUnknownAreaIsNamed() {
        Invalid i = invalid("ZZ99 9ZZ");
        assertThat(i.problem()).isEqualTo(Problem.UNKNOWN_AREA);
        assertThat(i.message()).contains("ZZ is not a UK postcode area");
        assertThat(invalid("QA1 1AA").message()).contains("QA is not a UK postcode area");
    }

    @Test
    void somethingThatIsNotAPostcodeSaysSo() {
        Invalid i = invalid("hello");
        assertThat(i.problem()).isEqualTo(Problem.NOT_A_POSTCODE_SHAPE);
        assertThat(i.message()).contains("\"hello\"").contains("not shaped like a postcode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t", "-", " - ", "\u00A0"})
    void emptyAsksForAPostcode(String typed) {
        Invalid i = invalid(typed);
        assertThat(i.problem()).isEqualTo(Problem.EMPTY);
        assertThat(i.message()).contains("type a postcode");
        assertThat(PostcodeParser.parse(null)).isInstanceOf(Invalid.class);
    }

    @Test
    void tooLongAndTooShort() {
        assertThat(invalid("SW1A 0AAA").problem()).isEqualTo(Problem.TOO_LONG);
        Invalid huge = invalid("SW1A 0AA and some more words here please");
        assertThat(huge.problem()).isEqualTo(Problem.TOO_LONG);
        assertThat(huge.message()).contains("too long").doesNotContain("please");
        assertThat(invalid("SW1").problem()).isEqualTo(Problem.TOO_SHORT);
    }

    @ParameterizedTest
    @CsvSource({"SW1A 0AC, C", "SW1A 0IA, I", "M1 1KM, K M", "WA7 1VO, V O"})
    void unitLettersThatAreNeverUsedAreNamed(String typed, String letters) {
        Invalid i = invalid(typed);
        assertThat(i.problem()).isEqualTo(Problem.BAD_UNIT_LETTERS);
        assertThat(i.message()).contains("never C, I, K, M, O or V").contains("has " + letters);
    }

    @Test
    void otherMistakesAreExplained() {
        assertThat(invalid("SW1A 0A!").problem()).isEqualTo(Problem.BAD_CHARACTERS);
        assertThat(invalid("SW1A 0A!").message()).contains("!");
        assertThat(invalid("SW1A AAA").problem()).isEqualTo(Problem.BAD_INWARD);
        assertThat(invalid("SW1A 0A1").problem()).isEqualTo(Problem.BAD_INWARD);
        assertThat(invalid("SW1Z 0AA").problem()).isEqualTo(Problem.BAD_OUTWARD); // Z never ends a district
        assertThat(invalid("E1Z 1AA").problem()).isEqualTo(Problem.BAD_OUTWARD);  // Z is not a district letter
    }

    @Test
    void theKindDecidesWhetherThereIsAnMp() {
        assertThat(valid("SW1A 0AA").kind().hasWestminsterMp()).isTrue();
        assertThat(valid("BFPO 57").kind().hasWestminsterMp()).isFalse();
        assertThat(valid("GX11 1AA").territory()).isEqualTo(Optional.of(Territory.GIBRALTAR));
    }
}
