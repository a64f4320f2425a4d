package org.dearmp.batch.report;

/**
 * Makes a value safe to open in Excel, LibreOffice or Google Sheets: a cell that starts with
 * {@code = + - @}, a tab or a carriage return could run as a formula (OWASP "CSV injection"), so
 * it gets a leading apostrophe, which spreadsheets show as plain text.
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
        return risky ? "'" + value : value;
    }
}
