package org.dearmp.parliament;

import java.util.Locale;

/** Rules shared by the readers of MP lists. */
final class MpRows {
    private MpRows() {
    }

    /** The DfE extract writes {@code Vacant} as the name of a seat with no MP. */
    static boolean isVacant(String displayName, String memberId) {
        String name = displayName.strip().toLowerCase(Locale.ROOT);
        return name.isEmpty() || name.equals("vacant") || name.startsWith("vacant ")
                || memberId.isBlank() || memberId.strip().equals("0");
    }
}
