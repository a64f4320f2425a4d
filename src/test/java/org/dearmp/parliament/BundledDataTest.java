package org.dearmp.parliament;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binary bundle the build makes holds exactly what the shared CSV files say. */
class BundledDataTest {
    private static final Path PARLIAMENT = Path.of(System.getProperty("dearmp.data", "../shared/data"), "parliament");

    @Test
    void bundleRoundTripsTheSharedCsvFiles(@TempDir Path temp) throws IOException {
        Path bundle = temp.resolve("parliament.bin");
        BundledData.build(PARLIAMENT.resolve("constituencies.csv"), PARLIAMENT.resolve("mps_2026-06-27.csv"), bundle);

        BundledData.Contents fromCsv;
        try (var in = new java.io.DataInputStream(Files.newInputStream(bundle))) {
            fromCsv = BundledData.readFrom(in);
        }
        BundledData.Contents bundled = BundledData.read();

        assertThat(fromCsv.constituencies()).hasSize(650).isEqualTo(bundled.constituencies());
        assertThat(fromCsv.mps()).isEqualTo(bundled.mps());
        assertThat(fromCsv.mps().seats()).hasSize(650);
        assertThat(fromCsv.constituencies().get(0))
                .isEqualTo(new Constituency("E14001063", "Aldershot", null, "England", "South East"));
    }

    @Test
    void csvRowsBecomeMembersWithTheirGender() throws IOException {
        CsvTable table;
        try (var reader = Files.newBufferedReader(PARLIAMENT.resolve("mps_2026-06-27.csv"))) {
            table = CsvTable.read(reader);
        }
        MpList mps = BundledData.mps(table);
        assertThat(mps.member("E14001064")).contains(new Member(4358, "Rt Hon Wendy Morton MP", "Wendy Morton",
                "Conservative", "wendy.morton.mp@parliament.uk", Gender.FEMALE));
        assertThat(mps.member("E14001350")).get().extracting(Member::gender).isEqualTo(Gender.UNKNOWN);
        assertThat(mps.member("E14001373")).get().extracting(Member::email).isNull();
    }
}
