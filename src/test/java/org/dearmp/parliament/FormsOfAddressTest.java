package org.dearmp.parliament;

import org.dearmp.testsupport.RealMps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.dearmp.testsupport.DataTest;

@DataTest
class FormsOfAddressTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Rachel Blake               | Dear Ms Blake
            Sir Julian Lewis           | Dear Sir Julian
            Sir Lindsay Hoyle          | Dear Sir Lindsay
            Sir Iain Duncan Smith      | Dear Sir Iain
            Dame Caroline Dinenage     | Dear Dame Caroline
            Dame Diana Johnson         | Dear Dame Diana
            Dr Rupa Huq                | Dear Dr Huq
            Dr Andrew Murrison         | Dear Dr Murrison
            Mr Connor Rand             | Dear Mr Rand
            Mr Richard Holden          | Dear Mr Holden
            Mrs Kemi Badenoch          | Dear Mrs Badenoch
            Ms Diane Abbott            | Dear Ms Abbott
            Wendy Morton               | Dear Ms Morton
            Shabana Mahmood            | Dear Ms Mahmood
            Tony Vaughan               | Dear Mr Vaughan
            Rebecca Long Bailey        | Dear Ms Long Bailey
            Liz Saville Roberts        | Dear Ms Saville Roberts
            Freddie van Mierlo         | Dear Mr van Mierlo
            Marsha De Cordova          | Dear Ms De Cordova
            Mr Tanmanjeet Singh Dhesi  | Dear Mr Dhesi
            Órfhlaith Begley           | Dear Ms Begley
            Andy Burnham               | Dear Andy Burnham
            Douglas Lumsden            | Dear Douglas Lumsden
            Lara Bird                  | Dear Lara Bird
            """)
    void salutationOfRealMps(String displayName, String expected) {
        assertThat(FormsOfAddress.salutation(RealMps.named(displayName))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Rachel Blake        | Rachel Blake MP
            Wendy Morton        | The Rt Hon Wendy Morton MP
            Sir Lindsay Hoyle   | The Rt Hon Sir Lindsay Hoyle MP
            Sir Mark Hendrick   | Sir Mark Hendrick MP
            Dr Rupa Huq         | Dr Rupa Huq MP
            Shabana Mahmood     | The Rt Hon Shabana Mahmood KC MP
            Andy Burnham        | The Rt Hon Andy Burnham MP
            Warinder Juss       | Warinder Juss MP
            """)
    void envelopeNameOfRealMps(String displayName, String expected) {
        assertThat(FormsOfAddress.envelopeName(RealMps.named(displayName))).isEqualTo(expected);
    }

    @Test
    void noSalutationCarriesMpRtHonOrPostNominals() {
        var all = RealMps.BUNDLED.constituencies().stream()
                .flatMap(c -> RealMps.BUNDLED.member(c.code()).stream()).toList();
        assertThat(all).hasSize(650);
        assertThat(all).allSatisfy(m -> assertThat(FormsOfAddress.salutation(m))
                .startsWith("Dear ")
                .doesNotContain(" MP").doesNotContain("Rt Hon").doesNotContain(" KC").doesNotEndWith(" "));
        assertThat(all).allSatisfy(m -> assertThat(FormsOfAddress.envelopeName(m)).endsWith(" MP")
                .doesNotContain("MP MP").doesNotStartWith("Rt Hon"));
    }

    @Test
    void houseOfCommonsAddress() {
        assertThat(FormsOfAddress.HOUSE_OF_COMMONS).containsExactly("House of Commons", "London", "SW1A 0AA");
    }
}
