package org.dearmp.cli;

import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LookupCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    private static List<JsonNode> jsonLines(String out) {
        return out.lines().map(JSON::readTree).toList();
    }

    @Test
    void aFoundPostcodePrintsTheMpAndHowToAddressThem() {
        CliRun run = userData.run("lookup", "SW1A 0AA");
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_OK);
        assertThat(run.out()).contains("SW1A 0AA → Cities of London and Westminster")
                .contains("MP:          Rachel Blake, Labour (Co-op)")
                .contains("Email:       rachel.blake.mp@parliament.uk")
                .contains("Write to:    Rachel Blake MP, House of Commons, London, SW1A 0AA")
                .contains("Salutation:  Dear Ms Blake")
                .contains("(MP list as of 27 June 2026)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void inWelshTheMpIsAddressedAsAWelshLetterAddressesThem() {
        try {
            CliRun run = userData.run("--language", "cy", "lookup", "CH5 3AA");
            assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_OK);
            assertThat(run.out()).contains("Anfon at:    Y Gwir Anrhydeddus Syr Mark Tami AS, Tŷ'r Cyffredin, Llundain, "
                    + "SW1A 0AA").contains("Cyfarchiad:  Annwyl Syr Mark").doesNotContain("Dear").doesNotContain("MP,");
            assertThat(userData.run("lookup", "CH5 3AA").out())
                    .contains("Write to:    The Rt Hon Sir Mark Tami MP, House of Commons, London, SW1A 0AA")
                    .contains("Salutation:  Dear Sir Mark");
        } finally {
            org.dearmp.i18n.Messages.use(org.dearmp.i18n.Language.ENGLISH);
        }
    }

    @Test
    void exitCodesForOnePostcodeFollowTheOutcome() {
        assertThat(userData.run("lookup", "sw1a0aa").exitCode()).isEqualTo(DearMpCommand.EXIT_OK);
        assertThat(userData.run("lookup", "BT1 1AA").exitCode()).isEqualTo(DearMpCommand.EXIT_CHOOSE);
        assertThat(userData.run("lookup", "SW1A 1ZZ").exitCode()).isEqualTo(DearMpCommand.EXIT_CHOOSE);
        assertThat(userData.run("lookup", "JE2 3AB").exitCode()).isEqualTo(DearMpCommand.EXIT_NO_MP);
        assertThat(userData.run("lookup", "BD98 1GA").exitCode()).isEqualTo(DearMpCommand.EXIT_NO_MP);
        assertThat(userData.run("lookup", "hello").exitCode()).isEqualTo(DearMpCommand.EXIT_INVALID_INPUT);
        assertThat(userData.run("lookup", "ZZ99 9ZZ").exitCode()).isEqualTo(DearMpCommand.EXIT_INVALID_INPUT);
    }

    @Test
    void severalPostcodesAreAllAnsweredAndExitZero() {
        CliRun run = userData.run("lookup", "WA7 1AA", "hello", "JE2 3AB");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("WA7 1AA → Runcorn and Helsby").contains("hello → not a valid postcode")
                .contains("JE2 3AB → no MP at Westminster").contains("Jersey");
    }

    @Test
    void northernIrelandListsTheCandidatesAndEveryOtherSeat() {
        CliRun run = userData.run("lookup", "BT1 1AA");
        assertThat(run.out()).contains("BT1 1AA → choose your constituency")
                .contains("N05000003  Belfast South and Mid Down (40 postcodes)")
                .contains("Other Northern Ireland seats you can choose:").contains("West Tyrone (N05000018)");
    }

    @Test
    void jsonLinesHaveTheDocumentedFields() {
        CliRun run = userData.run("lookup", "--json", "SW1A 0AA", "BT1 1AA", "JE2 3AB", "BD98 1GA", "ZZ99 9ZZ");
        assertThat(run.exitCode()).isZero();
        List<JsonNode> lines = jsonLines(run.out());
        assertThat(lines).hasSize(5).allSatisfy(line -> {
            assertThat(line.has("input")).isTrue();
            assertThat(line.has("postcode")).isTrue();
            assertThat(line.has("constituency")).isTrue();
            assertThat(line.has("mp")).isTrue();
            assertThat(line.get("candidates").isArray()).isTrue();
            assertThat(line.get("message").asString()).isNotBlank();
            assertThat(line.get("dataAsOf").asString()).isEqualTo("2026-06-27");
        });
        assertThat(lines).extracting(l -> l.get("status").asString())
                .containsExactly("FOUND", "CHOOSE", "NOT_REPRESENTED", "NO_LOCATION", "INVALID");

        JsonNode found = lines.get(0);
        assertThat(found.get("input").asString()).isEqualTo("SW1A 0AA");
        assertThat(found.get("postcode").asString()).isEqualTo("SW1A 0AA");
        assertThat(found.get("certainty").asString()).isEqualTo("EXACT");
        assertThat(found.get("constituency").get("code").asString()).isEqualTo("E14001172");
        assertThat(found.get("constituency").get("name").asString()).isEqualTo("Cities of London and Westminster");
        JsonNode mp = found.get("mp");
        assertThat(mp.get("name").asString()).isEqualTo("Rachel Blake");
        assertThat(mp.get("party").asString()).isEqualTo("Labour (Co-op)");
        assertThat(mp.get("email").asString()).isEqualTo("rachel.blake.mp@parliament.uk");
        assertThat(mp.get("salutation").asString()).isEqualTo("Dear Ms Blake");
        assertThat(mp.get("envelope").asString()).isEqualTo("Rachel Blake MP");

        JsonNode ni = lines.get(1);
        assertThat(ni.get("constituency").isNull()).isTrue();
        assertThat(ni.get("candidates")).hasSize(18);
        assertThat(ni.get("candidates").get(0).get("name").asString()).startsWith("Belfast");
        assertThat(ni.get("candidates").get(0).get("count").asInt()).isPositive();

        assertThat(lines.get(4).get("postcode").isNull()).isTrue();
        assertThat(lines.get(4).get("message").asString()).contains("ZZ");
    }

    @Test
    void theSpeakerAndMissingEmailsAreFlaggedInJson() {
        List<JsonNode> lines = jsonLines(userData.run("lookup", "--json", "PR7 1DP").out());
        assertThat(lines.get(0).get("notes").get(0).get("code").asString()).isEqualTo("SPEAKER");
        assertThat(lines.get(0).get("mp").get("envelope").asString()).isEqualTo("The Rt Hon Sir Lindsay Hoyle MP");
    }

    @Test
    void standardInputIsReadOneLinePerPostcode() {
        String input = "\uFEFF" + IntStream.range(0, 2000).mapToObj(i -> i % 2 == 0 ? "SW1A 0AA" : "wa71aa")
                .collect(Collectors.joining("\r\n", "", "\r\n\r\n"));
        CliRun run = CliRun.withInput(userData.context(), input, "lookup", "--json", "-");
        assertThat(run.exitCode()).isZero();
        List<JsonNode> lines = jsonLines(run.out());
        assertThat(lines).hasSize(2000);
        assertThat(lines.get(0).get("status").asString()).isEqualTo("FOUND");
        assertThat(lines.get(1999).get("input").asString()).isEqualTo("wa71aa");
        assertThat(lines.get(1999).get("constituency").get("name").asString()).isEqualTo("Runcorn and Helsby");
    }

    @Test
    void aPostcodeTypedWithoutQuotesIsPutBackTogether() {
        CliRun run = userData.run("lookup", "SW1A", "0AA");
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_OK);
        assertThat(run.out()).contains("SW1A 0AA → Cities of London and Westminster");
        assertThat(LookupCommand.joinSplitPostcodes(List.of("BT1", "1AA", "WA7", "1AA", "hello", "SW1A0AA", "-")))
                .containsExactly("BT1 1AA", "WA7 1AA", "hello", "SW1A0AA", "-");
    }

    @Test
    void noPostcodeIsAUsageError() {
        CliRun run = userData.run("lookup");
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(run.err()).contains("POSTCODE");
    }
}
