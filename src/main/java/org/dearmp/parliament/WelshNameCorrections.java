package org.dearmp.parliament;

import java.util.Map;

/**
 * The few Welsh seat names the data's Welsh column has wrong, put right when the build makes the app's index,
 * so the interface, the letters and the exports all show the official name (Boundary Commission for Wales,
 * 2023 review). Caerfyrddin's official name is Welsh in both languages, but the column gives the English
 * "Carmarthen"; Gŵyr and Glyndŵr lack their circumflex there (the English column's Glyndŵr has it).
 */
final class WelshNameCorrections {

    /** By GSS code: the right Welsh name, or "" where the seat has no Welsh name of its own. */
    private static final Map<String, String> CORRECTED = Map.of(
            "W07000087", "",
            "W07000097", "Gŵyr",
            "W07000102", "Maldwyn a Glyndŵr");

    private WelshNameCorrections() {
    }

    /** The Welsh name to keep for {@code code}: the correction where there is one, else {@code fromData}. */
    static String welshName(String code, String fromData) {
        return CORRECTED.getOrDefault(code, fromData);
    }
}
