package org.dearmp.postcode;

/** What sort of place a valid postcode belongs to; decides whether it has an MP at Westminster. */
public enum PostcodeKind {
    /** England, Scotland or Wales: in the bundled index. */
    GB,
    /** BT postcodes: Westminster seats, but not in the GB data. */
    NORTHERN_IRELAND,
    /** Jersey, Guernsey, the Isle of Man: no MP at Westminster. */
    CROWN_DEPENDENCY,
    /** A British overseas territory: no MP at Westminster. */
    OVERSEAS_TERRITORY,
    /** British Forces Post Office: mail to forces abroad, not a place with an MP. */
    BFPO,
    /** {@code GIR 0AA}, the old Girobank postcode (now Santander, Bootle): not in the data. */
    GIROBANK;

    /** True when a Westminster MP represents postcodes of this kind. */
    public boolean hasWestminsterMp() {
        return this == GB || this == NORTHERN_IRELAND;
    }
}
