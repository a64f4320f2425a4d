package org.dearmp.parliament;

import java.util.Objects;
import java.util.Optional;

/** A 2024 Westminster constituency, identified by its GSS code (e.g. E14001063). */
public record Constituency(String code, String name, String welshName, String country, String region) {

    public Constituency {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!code.matches("[ES]14\\d{6}|W07\\d{6}|N05\\d{6}")) {
            throw new IllegalArgumentException("Not a Westminster constituency code: " + code);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("Constituency " + code + " has no name");
        }
        welshName = welshName == null || welshName.isBlank() ? null : welshName.strip();
        country = country == null ? "" : country;
        region = region == null ? "" : region;
    }

    public Optional<String> welsh() {
        return Optional.ofNullable(welshName);
    }

    /** "Caerfyrddin" or "Ynys Môn": where the Welsh name differs it is shown beside the English one. */
    public String displayName() {
        return welshName == null || welshName.equals(name) ? name : name + " / " + welshName;
    }

    public boolean isNorthernIreland() {
        return code.startsWith("N");
    }
}
