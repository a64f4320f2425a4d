package org.dearmp.postcode;

import org.dearmp.testsupport.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.dearmp.postcode.PostcodeStart.Verdict;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DataTest
class PostcodeStartTest {

    @ParameterizedTest
    @ValueSource(strings = {"c", "cf", "cf1", "cf10", "cf10 ", "cf10 1", "cf10 1e", "CF101E", "SW1A 0", "SW1A", "sw1a 0a",
        "SWIA 0", "0X1 1", "1G1", "M1", "m1 1a", "BT1 1", "JE2", "GY1 1A", "E", "W1A 0A", "B1O", "ec1a 1b",
        // the other forms the parser knows
        "GIR", "GIR 0", "G1R 0A", "BFP", "bfpo", "FIQQ", "FIQQ 1Z", "GX11 1A", "KY1-11", "VG11", "MSR 1", "AI-26", "HM 1"})
    void theStartOfARealPostcodeIsUnfinished(String typed) {
        assertThat(PostcodeStart.check(typed)).as(typed).isEqualTo(Verdict.UNFINISHED);
        assertThat(PostcodeParser.isUnfinished(typed)).as(typed).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DD1 2", "dd12", "SN1 2", "SN12", "HS2 0", "CR0 1"})
    void aUkStartThatLooksLikeBermudaIsUnfinishedUnlessSpacedLikeBermuda(String typed) {
        assertThat(PostcodeParser.parse(typed)).as("the parser reads it as Bermuda's")
                .isInstanceOf(ParsedPostcode.Valid.class);
        assertThat(PostcodeStart.check(typed)).as(typed).isEqualTo(Verdict.UNFINISHED);
        String bermuda = typed.substring(0, 2) + " " + typed.replace(" ", "").substring(2);
        assertThat(PostcodeStart.check(bermuda)).as(bermuda).isEqualTo(Verdict.COMPLETE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SW1A 0AA", "sw1a0aa", "CF10 1EP", "M1 1AE", "BT1 1AA", "B1 1BB",
        "SW1A OAA", "GIR 0AA", "BFPO 57", "FIQQ 1ZZ", "JE2 3AB"})
    void aWholePostcodeIsComplete(String typed) {
        assertThat(PostcodeStart.check(typed)).as(typed).isEqualTo(Verdict.COMPLETE);
        assertThat(PostcodeParser.isUnfinished(typed)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q", "QQ1", "XY", "ABC", "hello", "hello there", "2AB", "12", "ZZ9", "A1", "CF10 1C",
        "SW1A 0C", "SW1A 0A1", "SW1A X", "SW1C", "SW1A 0AA9", "SW1A 0AAA", "SW1A 0A!", "E1Z"})
    void whatCannotStartAPostcodeIsImpossible(String typed) {
        assertThat(PostcodeStart.check(typed)).as(typed).isEqualTo(Verdict.IMPOSSIBLE);
        assertThat(PostcodeParser.isUnfinished(typed)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "QQ1|QQ is not a UK postcode area",
        "XY 1|XY is not a UK postcode area",
        "A1|A is not a UK postcode area",
        "hello|not shaped like a postcode",
        "2AB|not shaped like a postcode",
        "12|not shaped like a postcode",
        "CF10 1C|never C, I, K, M, O or V (this one has C)",
        "SW1A 0C|never C, I, K, M, O or V (this one has C)",
        "SW1A 0A1|after SW1A 0A comes a letter, not 1",
        "SW1A X|after SW1A comes a digit, not X",
        "sw1c|C cannot come after SW1",
        "SW1A 0AA9|too long",
        "SW1A 0A!|characters that are never in a postcode: !",
    })
    void saysWhatIsWrongWithWhatWasTyped(String typed, String says) {
        assertThat(PostcodeStart.whyNot(typed)).contains(says).contains("\"" + typed + "\"");
    }

    @Test
    void theExplanationNeverMisreadsTheLastPart() {
        // The parser, reading "CF10 1C" as a whole postcode, would call "01C" its last part: the user never typed that.
        assertThat(PostcodeStart.whyNot("CF10 1C")).doesNotContain("01C");
        assertThat(PostcodeStart.whyNot("SW1A 0C")).doesNotContain("A0C");
    }

    @Test
    void everyStartOfEveryRealPostcodeIsUnfinishedAndEveryWholeOneComplete() throws IOException {
        Set<String> starts = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(SharedData.gbPostcodes()), 1 << 16), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String postcode = line.substring(0, line.indexOf(','));
                if (PostcodeStart.check(postcode) != Verdict.COMPLETE && wrong.size() < 10) {
                    wrong.add(postcode + " is not complete");
                }
                // As typed, with its space; the space-less forms are the same letters and digits.
                for (int end = 1; end < postcode.length(); end++) {
                    starts.add(postcode.substring(0, end));
                }
            }
        }
        for (String start : starts) {
            if (PostcodeStart.check(start) != Verdict.UNFINISHED && wrong.size() < 20) {
                wrong.add(start + " is " + PostcodeStart.check(start));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(starts).hasSizeGreaterThan(100_000);
    }
}
