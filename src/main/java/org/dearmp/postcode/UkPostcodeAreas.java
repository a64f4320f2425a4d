package org.dearmp.postcode;

import java.util.Set;

/**
 * The real UK postcode areas (the letters before the first digit): the 120 of Great Britain, BT
 * (Northern Ireland), the Crown dependencies' JE, GY and IM, and the non-geographic BX.
 */
final class UkPostcodeAreas {

    static final Set<String> ALL = Set.of(
            "AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "BX", "CA", "CB", "CF", "CH",
            "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC",
            "EH", "EN", "EX", "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX",
            "IG", "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU",
            "M", "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL",
            "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS",
            "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF",
            "WN", "WR", "WS", "WV", "YO", "ZE");

    private UkPostcodeAreas() {
    }

    static boolean isArea(String letters) {
        return ALL.contains(letters);
    }
}
