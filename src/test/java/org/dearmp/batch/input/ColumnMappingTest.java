package org.dearmp.batch.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dearmp.core.DearMpException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnMappingTest {

    @TempDir
    Path dir;

    @Test
    void recognisesExcelAndCrmHeaders() {
        ColumnMapping mapping = ColumnMapping.autoDetect(List.of("First Name", "Surname", "Address line 1",
                "Address_2", "Town/City", "Post code", "E-mail address", "Why this matters to me", "Point 2", "Point 1",
                "Key point 3", "Membership no"));
        assertThat(mapping.header(SupporterField.FIRST_NAME)).isEqualTo("First Name");
        assertThat(mapping.header(SupporterField.LAST_NAME)).isEqualTo("Surname");
        assertThat(mapping.header(SupporterField.ADDRESS_1)).isEqualTo("Address line 1");
        assertThat(mapping.header(SupporterField.ADDRESS_2)).isEqualTo("Address_2");
        assertThat(mapping.header(SupporterField.TOWN)).isEqualTo("Town/City");
        assertThat(mapping.header(SupporterField.POSTCODE)).isEqualTo("Post code");
        assertThat(mapping.header(SupporterField.EMAIL)).isEqualTo("E-mail address");
        assertThat(mapping.header(SupporterField.MESSAGE)).isEqualTo("Why this matters to me");
        assertThat(mapping.pointColumns()).containsExactly("Point 1", "Point 2", "Key point 3");
        assertThat(mapping.problems(List.of("First Name", "Surname", "Address line 1", "Address_2", "Town/City",
                "Post code", "E-mail address", "Why this matters to me", "Point 2", "Point 1", "Key point 3"))).isEmpty();
    }

    @Test
    void googleSheetsShapeWithFullNameAndZip() {
        ColumnMapping mapping = ColumnMapping.autoDetect(List.of("Timestamp", "Name", "Email", "ZIP", "Message"));
        assertThat(mapping.header(SupporterField.FULL_NAME)).isEqualTo("Name");
        assertThat(mapping.header(SupporterField.POSTCODE)).isEqualTo("ZIP");
        assertThat(mapping.header(SupporterField.MESSAGE)).isEqualTo("Message");
    }

    @Test
    void saysWhatIsMissing() {
        ColumnMapping mapping = ColumnMapping.autoDetect(List.of("Email", "Story"));
        assertThat(mapping.problems(List.of("Email", "Story")))
                .anySatisfy(p -> assertThat(p).contains("postcode"))
                .anySatisfy(p -> assertThat(p).contains("name"));
        ColumnMapping stale = mapping.with(SupporterField.POSTCODE, "Postcode").with(SupporterField.FULL_NAME, "Name");
        assertThat(stale.problems(List.of("Email", "Story"))).anySatisfy(p -> assertThat(p).contains("\"Postcode\""));
    }

    @Test
    void roundTripsThroughAJsonFile() throws IOException {
        ColumnMapping mapping = ColumnMapping.autoDetect(List.of("Full name", "Postcode", "Point 1", "Point 2"))
                .with(SupporterField.MESSAGE, "Notes ✍");
        Path file = dir.resolve("mapping.json");
        mapping.save(file);
        assertThat(Files.readString(file)).contains("\"fullName\"").contains("\"points\"");
        assertThat(ColumnMapping.load(file)).isEqualTo(mapping);

        Files.writeString(file, "{\"columns\":{\"shoeSize\":\"Shoe\"}}");
        assertThatThrownBy(() -> ColumnMapping.load(file)).isInstanceOf(DearMpException.class)
                .hasMessageContaining("mapping.json");
    }
}
