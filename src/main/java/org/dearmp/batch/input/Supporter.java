package org.dearmp.batch.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One supporter as read from a row of the file, cleaned: names and address on one line each,
 * line breaks kept only in the message. Blank values are empty strings, never null.
 *
 * @param row      the row number the spreadsheet shows
 * @param language the language column's value as typed ("Cymraeg", "cy"), empty when the file has none; the check
 *                 says when it names no language the app writes letters in
 */
public record Supporter(int row, String firstName, String lastName, String fullName, List<String> addressLines,
                        String town, String postcode, String email, String message, List<String> points,
                        String language) {

    public Supporter {
        if (row < 1) {
            throw new IllegalArgumentException("row numbers start at 1");
        }
        firstName = oneLine(firstName);
        lastName = oneLine(lastName);
        fullName = oneLine(fullName);
        addressLines = nonBlank(addressLines);
        town = oneLine(town);
        postcode = oneLine(postcode);
        email = oneLine(email);
        message = withoutControls(Objects.requireNonNullElse(message, "").replace("\r\n", "\n").replace('\r', '\n')).strip();
        points = nonBlank(points);
        language = oneLine(language);
    }

    /** A supporter whose file has no language column. */
    public Supporter(int row, String firstName, String lastName, String fullName, List<String> addressLines,
                     String town, String postcode, String email, String message, List<String> points) {
        this(row, firstName, lastName, fullName, addressLines, town, postcode, email, message, points, "");
    }

    /** The language of this supporter's letter, when the language column names one. */
    public java.util.Optional<org.dearmp.i18n.Language> letterLanguage() {
        return language.isEmpty() ? java.util.Optional.empty() : org.dearmp.i18n.Language.fromName(language);
    }

    /** The name to sign with: the full name, or first and last name together. */
    public String name() {
        if (!fullName.isEmpty()) {
            return fullName;
        }
        return (firstName + " " + lastName).strip();
    }

    /** For sorting the print file: the last name, or the last word of the full name. */
    public String surname() {
        if (!lastName.isEmpty()) {
            return lastName;
        }
        String name = name();
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    /** The address lines with the town, as printed above the date. */
    public List<String> fullAddress() {
        List<String> lines = new ArrayList<>(addressLines);
        if (!town.isEmpty()) {
            lines.add(town);
        }
        return lines;
    }

    public Supporter withValue(SupporterField field, String value) {
        List<String> address = new ArrayList<>(addressLines);
        while (address.size() < 3) {
            address.add("");
        }
        return switch (field) {
            case FIRST_NAME -> new Supporter(row, value, lastName, fullName, addressLines, town, postcode, email, message, points, language);
            case LAST_NAME -> new Supporter(row, firstName, value, fullName, addressLines, town, postcode, email, message, points, language);
            case FULL_NAME -> new Supporter(row, firstName, lastName, value, addressLines, town, postcode, email, message, points, language);
            case ADDRESS_1, ADDRESS_2, ADDRESS_3 -> {
                address.set(field.ordinal() - SupporterField.ADDRESS_1.ordinal(), value);
                yield new Supporter(row, firstName, lastName, fullName, address, town, postcode, email, message, points, language);
            }
            case TOWN -> new Supporter(row, firstName, lastName, fullName, addressLines, value, postcode, email, message, points, language);
            case POSTCODE -> new Supporter(row, firstName, lastName, fullName, addressLines, town, value, email, message, points, language);
            case EMAIL -> new Supporter(row, firstName, lastName, fullName, addressLines, town, postcode, value, message, points, language);
            case MESSAGE -> new Supporter(row, firstName, lastName, fullName, addressLines, town, postcode, email, value, points, language);
            case LANGUAGE -> new Supporter(row, firstName, lastName, fullName, addressLines, town, postcode, email, message, points, value);
        };
    }

    /** Runs of spaces, line breaks and control characters become one space (a loop: every row of a batch goes through it). */
    private static String oneLine(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean gap = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\u000b' || c == '\f' || Character.getType(c) == Character.CONTROL) {
                gap = true;
            } else {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** Control characters other than line breaks and tabs are dropped. */
    private static String withoutControls(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\t' || Character.getType(c) != Character.CONTROL) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().map(Supporter::oneLine).filter(s -> !s.isEmpty()).toList();
    }
}
