package org.dearmp.parliament;

public enum Gender {
    FEMALE, MALE, UNKNOWN;

    public static Gender fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        return switch (code.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "F" -> FEMALE;
            case "M" -> MALE;
            default -> UNKNOWN;
        };
    }
}
