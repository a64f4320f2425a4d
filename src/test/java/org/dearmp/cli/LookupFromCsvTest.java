package org.dearmp.cli;

import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code lookup --csv}: one answer a supporter, whatever commas, quotes and headers the sheet holds. */
class LookupFromCsvTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @TempDir
    Path dir;

    private Path supporters() throws Exception {
        Path file = dir.resolve("supporters.csv");
        // A byte-order mark, a header row, quoted addresses with commas (and a line break), a blank row.
        Files.writeString(file, "\uFEFFName,Address,Post code,Email\r\n"
                + "\"Evans, Siân\",\"2 Heol y Dŵr, Beaumaris\",ll58 8aa,sian@example.org\r\n"
                + "\r\n"
                + "Sam Jones,\"Flat 3,\n12 Example Street, London\",SW1A 0AA,sam@example.org\r\n"
                + "Ann Bell,\"1 High St, Jersey\",JE2 3AB,\r\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void everySupportersPostcodeIsLookedUpInFileOrder() throws Exception {
        CliRun run = userData.run("lookup", "--json", "--csv", supporters().toString());
        assertThat(run.exitCode()).isZero();
        List<JsonNode> lines = run.out().lines().map(JSON::readTree).toList();
        assertThat(lines).extracting(l -> l.get("input").asString()).containsExactly("ll58 8aa", "SW1A 0AA", "JE2 3AB");
        assertThat(lines).extracting(l -> l.get("status").asString()).containsExactly("FOUND", "FOUND", "NOT_REPRESENTED");
        assertThat(lines.get(0).get("constituency").get("name").asString()).isEqualTo("Ynys Môn");
    }

    @Test
    void aNamedColumnIsUsedAndAMissingOneIsSaidPlainly() throws Exception {
        Path file = supporters();
        assertThat(userData.run("lookup", "--csv", file.toString(), "--column", "Post code").out())
                .contains("SW1A 0AA → Cities of London and Westminster");
        CliRun missing = userData.run("lookup", "--csv", file.toString(), "--column", "Postcode");
        assertThat(missing.exitCode()).isEqualTo(DearMpCommand.EXIT_INVALID_INPUT);
        assertThat(missing.err()).contains("There is no column \"Postcode\" in supporters.csv: its headers are Name, "
                + "Address, Post code, Email.").doesNotContain("Exception");
    }

    @Test
    void withNeitherPostcodesNorAFileItSaysWhatToGive() {
        CliRun run = userData.run("lookup");
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("Give one or more postcodes, - to read them from standard input, or --csv FILE.");
    }
}
