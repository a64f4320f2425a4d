package org.dearmp.parliament;

import org.dearmp.testsupport.RealMps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.dearmp.store.AppDataFolder;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a newer DfE extract: made by editing a copy of the real one. */
@DataTest
class ParliamentRepositoryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path temp;
    private ParliamentRepository repository;

    @BeforeEach
    void setUp() {
        repository = new ParliamentRepository(new AppDataFolder(temp.resolve("home")));
    }

    /** A copy of the real extract under a new name, each line passed through {@code edit}. */
    private Path extract(String name, UnaryOperator<List<String>> edit) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(RealMps.dfeExtract(), StandardCharsets.UTF_8));
        Path file = temp.resolve(name);
        Files.write(file, edit.apply(lines), StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> replaceInLine(List<String> lines, String lineContaining, String from, String to) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(lineContaining)) {
                lines.set(i, lines.get(i).replace(from, to));
                return lines;
            }
        }
        throw new AssertionError("no line with " + lineContaining);
    }

    @Test
    void withNothingImportedTheBundledListIsUsed() {
        assertThat(repository.current().dataAsOf()).isEqualTo(LocalDate.of(2026, 6, 27));
        assertThat(repository.importedFile()).isEmpty();
    }

    @Test
    void aNewerValidListIsStoredUsedAndItsChangesReported() throws IOException {
        Path newer = extract("dfe_mp_lookup_2026-10-03.csv", lines -> {
            replaceInLine(lines, "\"E14001063\"", "\"5173\",\"Alex Baker MP\",\"Alex Baker\",\"Labour\","
                    + "\"alex.baker.mp@parliament.uk\"", "\"9001\",\"Dr Jane Example MP\",\"Dr Jane Example\","
                    + "\"Reform UK\",\"jane.example.mp@parliament.uk\"");
            return replaceInLine(lines, "\"E14001064\"", "\"Conservative\"", "\"Reform UK\"");
        });

        ParliamentRepository.ImportResult result = repository.importDfeExtract(newer, Optional.empty(), TODAY);

        assertThat(result.changes()).extracting(MpChange::describe).containsExactly(
                "Aldershot: Alex Baker (Labour) → Dr Jane Example (Reform UK)",
                "Aldridge-Brownhills: Wendy Morton (Conservative) → Wendy Morton (Reform UK)");
        assertThat(result.parliament().dataAsOf()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(result.storedAt()).exists().startsWith(temp.resolve("home"));

        Parliament reloaded = new ParliamentRepository(new AppDataFolder(temp.resolve("home"))).current();
        assertThat(reloaded.dataAsOf()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(reloaded.source()).contains("dfe_mp_lookup_2026-10-03.csv").contains("3 October 2026");
        assertThat(reloaded.member("E14001063")).get().extracting(Member::displayName).isEqualTo("Dr Jane Example");
        // The extract has no gender: it is carried over from the bundled list by Members API id.
        assertThat(reloaded.member("E14001172")).get().extracting(Member::gender).isEqualTo(Gender.FEMALE);
        assertThat(FormsOfAddress.salutation(reloaded.member("E14001172").orElseThrow())).isEqualTo("Dear Ms Blake");
        assertThat(FormsOfAddress.salutation(reloaded.member("E14001063").orElseThrow())).isEqualTo("Dear Dr Example");
    }

    @Test
    void aVacantSeatHasNoMember() throws IOException {
        Path newer = extract("dfe_mp_lookup_2026-10-03.csv", lines -> replaceInLine(lines, "\"E14001063\"",
                "\"5173\",\"Alex Baker MP\",\"Alex Baker\",\"Labour\",\"alex.baker.mp@parliament.uk\"",
                "\"\",\"Vacant\",\"Vacant\",\"\",\"\""));

        var result = repository.importDfeExtract(newer, Optional.empty(), TODAY);

        assertThat(result.parliament().member("E14001063")).isEmpty();
        assertThat(result.parliament().notes("E14001063")).containsExactly(MemberNote.VACANT_SEAT);
        assertThat(result.changes()).extracting(MpChange::describe)
                .containsExactly("Aldershot: Alex Baker (Labour) → vacant");
    }

    @Test
    void theSameDateIsAcceptedWithNoChanges() throws IOException {
        var result = repository.importDfeExtract(RealMps.dfeExtract(), Optional.empty(), TODAY);
        assertThat(result.changes()).isEmpty();
        assertThat(repository.current().source()).contains("Imported");
    }

    @Test
    void aListWithASeatMissingIsRejectedAndNamesTheSeat() throws IOException {
        Path short1 = extract("dfe_mp_lookup_2026-10-03.csv", lines -> {
            lines.removeIf(l -> l.contains("\"E14001063\""));
            return lines;
        });

        assertThatThrownBy(() -> repository.importDfeExtract(short1, Optional.empty(), TODAY))
                .isInstanceOfSatisfying(MpListImportException.class, e -> assertThat(e.problems()).containsExactly(
                        "The list has 649 seats; a complete list has 650.",
                        "Missing seat: Aldershot (E14001063)."))
                .hasMessageContaining("dfe_mp_lookup_2026-10-03.csv").hasMessageContaining("2 problems");
        assertThat(repository.importedFile()).isEmpty();
        assertThat(repository.current().dataAsOf()).isEqualTo(LocalDate.of(2026, 6, 27));
    }

    @Test
    void anUnknownCodeIsRejectedWithItsLine() throws IOException {
        Path bad = extract("dfe_mp_lookup_2026-10-03.csv",
                lines -> replaceInLine(lines, "\"E14001063\"", "\"E14001063\"", "\"E14000530\""));

        assertThatThrownBy(() -> repository.importDfeExtract(bad, Optional.empty(), TODAY))
                .isInstanceOfSatisfying(MpListImportException.class, e -> assertThat(e.problems()).containsExactly(
                        "Line 2: unknown constituency code \"E14000530\" (Aldershot). "
                                + "The list must use the 2024 constituency codes.",
                        "Missing seat: Aldershot (E14001063)."));
    }

    @Test
    void aDuplicatedSeatAndABadMemberIdAreRejected() throws IOException {
        Path bad = extract("dfe_mp_lookup_2026-10-03.csv", lines -> {
            replaceInLine(lines, "\"E14001063\"", "\"5173\"", "\"x5173\"");
            lines.set(3, lines.get(3).replace("\"E14001065\"", "\"E14001064\""));
            return lines;
        });

        assertThatThrownBy(() -> repository.importDfeExtract(bad, Optional.empty(), TODAY))
                .isInstanceOfSatisfying(MpListImportException.class, e -> assertThat(e.problems()).containsExactly(
                        "Line 2: Aldershot has member_id \"x5173\", which is not a number.",
                        "Line 4: Aldridge-Brownhills appears again (first on line 3).",
                        "Missing seat: Altrincham and Sale West (E14001065)."));
    }

    @Test
    void aFileThatIsNotAnExtractSaysWhichColumnsAreMissing() throws IOException {
        Path mpsCsv = Path.of(System.getProperty("dearmp.data", "../shared/data"), "parliament", "mps_2026-06-27.csv");
        assertThatThrownBy(() -> repository.importDfeExtract(mpsCsv, Optional.empty(), TODAY))
                .hasMessageContaining("Columns missing: pcon_code, party_text, member_email");
        Path empty = Files.writeString(temp.resolve("dfe_mp_lookup_2026-10-03.csv"), "");
        assertThatThrownBy(() -> repository.importDfeExtract(empty, Optional.empty(), TODAY))
                .hasMessageContaining("The file is empty.");
    }

    @Test
    void theDateMustBeKnownNotInTheFutureAndNotOlderThanTheListInUse() throws IOException {
        Path noDate = extract("mps.csv", UnaryOperator.identity());
        assertThatThrownBy(() -> repository.importDfeExtract(noDate, Optional.empty(), TODAY))
                .hasMessageContaining("--as-of");
        assertThat(repository.importDfeExtract(noDate, Optional.of(LocalDate.of(2026, 7, 1)), TODAY)
                .parliament().dataAsOf()).isEqualTo(LocalDate.of(2026, 7, 1));

        Path future = extract("dfe_mp_lookup_2027-01-01.csv", UnaryOperator.identity());
        assertThatThrownBy(() -> repository.importDfeExtract(future, Optional.empty(), TODAY))
                .hasMessageContaining("1 January 2027").hasMessageContaining("future");
        Path older = extract("dfe_mp_lookup_2026-06-28.csv", UnaryOperator.identity());
        assertThatThrownBy(() -> repository.importDfeExtract(older, Optional.empty(), TODAY))
                .hasMessageContaining("older than the list already in use (1 July 2026)");
        assertThatThrownBy(() -> repository.importDfeExtract(temp.resolve("dfe_mp_lookup_2026-10-03.csv"),
                Optional.empty(), TODAY)).hasMessageContaining("There is no file at");
    }

    @Test
    void aListSavedInAnotherEncodingIsRefused() throws IOException {
        Path latin1 = temp.resolve("dfe_mp_lookup_2026-10-03.csv");
        Files.write(latin1, Files.readString(RealMps.dfeExtract()).getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> repository.importDfeExtract(latin1, Optional.empty(), TODAY))
                .isInstanceOfSatisfying(MpListImportException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().contains("not UTF-8").contains("CSV UTF-8"));
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Path withBom = temp.resolve("dfe_mp_lookup_2026-10-03.csv");
        byte[] real = Files.readAllBytes(RealMps.dfeExtract());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(withBom, java.nio.ByteBuffer.allocate(bom.length + real.length).put(bom).put(real).array());

        assertThat(repository.importDfeExtract(withBom, Optional.empty(), TODAY).changes()).isEmpty();
    }

    @Test
    void anImportedListDamagedLaterIsIgnoredForTheBundledOne() throws IOException {
        var result = repository.importDfeExtract(extract("dfe_mp_lookup_2026-10-03.csv", UnaryOperator.identity()),
                Optional.empty(), TODAY);
        assertThat(repository.current().dataAsOf()).isEqualTo(LocalDate.of(2026, 10, 3));

        Files.writeString(result.storedAt(), "pcon_code,member_id\nE14001063,1\n");

        assertThat(repository.current().dataAsOf()).isEqualTo(LocalDate.of(2026, 6, 27));
        assertThat(repository.current().member("E14001172")).isPresent();
    }

    @Test
    void aNewerImportReplacesTheOlderOneAndCanBeRemoved() throws IOException {
        repository.importDfeExtract(extract("dfe_mp_lookup_2026-07-04.csv", UnaryOperator.identity()),
                Optional.empty(), TODAY);
        repository.importDfeExtract(extract("dfe_mp_lookup_2026-08-01.csv", UnaryOperator.identity()),
                Optional.empty(), TODAY);
        try (var files = Files.list(temp.resolve("home").resolve(ParliamentRepository.IMPORT_FOLDER))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("dfe_mp_lookup_2026-08-01.csv");
        }
        repository.removeImported();
        assertThat(repository.current().dataAsOf()).isEqualTo(LocalDate.of(2026, 6, 27));
    }
}
