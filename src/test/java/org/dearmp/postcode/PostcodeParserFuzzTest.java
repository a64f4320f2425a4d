package org.dearmp.postcode;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.dearmp.testsupport.DomainErrors;

/** Anything typed into the postcode box, or found in a supporters file's postcode column. */
class PostcodeParserFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] input) throws Exception {
        String typed = new String(input, StandardCharsets.UTF_8);
        DomainErrors.allowed(() -> {
            // parse() promises never to throw for bad input: the reason is in the result.
            ParsedPostcode parsed = PostcodeParser.parse(typed);
            assertThat(parsed).isNotNull();
            PostcodeParser.isUnfinished(typed);
            if (parsed instanceof ParsedPostcode.Valid valid) {
                // The proper form of a postcode reads back as the same postcode.
                assertThat(PostcodeParser.parse(valid.postcode().toString()))
                        .isInstanceOfSatisfying(ParsedPostcode.Valid.class,
                                again -> assertThat(again.postcode()).isEqualTo(valid.postcode()));
            }
            String tidied = PostcodeParser.tidy(typed);
            assertThat(PostcodeParser.tidy(tidied)).isEqualTo(tidied);
        });
    }
}
