package org.dearmp.batch.input;

import java.util.List;
import java.util.Locale;

/**
 * A piece of a supporter's details that a CSV column can supply. Each knows the header names
 * spreadsheets commonly use for it, so a file from Excel, Google Sheets or a CRM maps itself.
 */
public enum SupporterField {
    FIRST_NAME("first name", "firstname", "forename", "given name", "first"),
    LAST_NAME("last name", "lastname", "surname", "family name", "last"),
    FULL_NAME("full name", "fullname", "name", "supporter", "supporter name", "your name"),
    ADDRESS_1("address 1", "address line 1", "address1", "addressline1", "address", "street", "street address"),
    ADDRESS_2("address 2", "address line 2", "address2", "addressline2"),
    ADDRESS_3("address 3", "address line 3", "address3", "addressline3", "locality"),
    TOWN("town", "city", "town/city", "town city", "town or city", "post town", "posttown"),
    POSTCODE("postcode", "post code", "postal code", "postalcode", "zip", "zip code", "zipcode"),
    EMAIL("email", "e-mail", "email address", "e-mail address", "emailaddress"),
    MESSAGE("personal message", "message", "story", "your story", "personal story", "why this matters to me",
            "comment", "comments"),
    /** The language of the supporter's letter: "cy", "Cymraeg", "Welsh", "en", "English", "Saesneg". */
    LANGUAGE("language", "iaith", "lang", "letter language", "iaith y llythyr", "preferred language", "dewis iaith");

    private final List<String> headerNames;

    SupporterField(String... headerNames) {
        this.headerNames = List.of(headerNames);
    }

    /** The key used in a saved mapping file and the message bundle, e.g. {@code firstName}. */
    public String key() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return key.toString();
    }

    public static SupporterField fromKey(String key) {
        for (SupporterField field : values()) {
            if (field.key().equals(key)) {
                return field;
            }
        }
        throw new IllegalArgumentException("Unknown supporter field: " + key);
    }

    boolean matchesHeader(String normalisedHeader) {
        return headerNames.contains(normalisedHeader);
    }

    /** "First Name", " first_name ", "FIRST-NAME:" all become "first name". */
    static String normaliseHeader(String header) {
        return header.strip().toLowerCase(Locale.ROOT)
                .replace('_', ' ').replace('-', ' ').replace('.', ' ')
                .replaceAll("[:*?()]", "").replaceAll("\\s+", " ").strip()
                .replace("e mail", "email");
    }
}
