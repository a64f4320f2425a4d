package org.dearmp.parliament;

import java.util.List;

/**
 * How to address an MP in a letter. STUB signatures: the parliament work fills in the real rules
 * (salutation from title and gender, envelope line with "The Rt Hon", never "MP" in a salutation).
 */
public final class FormsOfAddress {

    /** The House of Commons postal address, line by line. */
    public static final List<String> HOUSE_OF_COMMONS = List.of("House of Commons", "London", "SW1A 0AA");

    private FormsOfAddress() {
    }

    /** e.g. "Dear Ms Blake", "Dear Sir Julian". */
    public static String salutation(Member member) {
        return "Dear " + member.displayName();
    }

    /** e.g. "Rachel Blake MP", "The Rt Hon Wendy Morton MP". */
    public static String envelopeName(Member member) {
        return member.displayName() + " MP";
    }
}
