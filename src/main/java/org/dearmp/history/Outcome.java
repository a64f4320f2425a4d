package org.dearmp.history;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What came back from the MP, in WriteToThem's five answers, so a writer's figures and a campaign's can be
 * set beside theirs. The codes are what the command line and the organisers' replies file accept.
 */
public enum Outcome {
    /** A reply that answered the question. */
    ANSWERED("answered"),
    /** A reply that did not answer the question. */
    NOT_ANSWERED("not-answered"),
    /** Only an acknowledgement. */
    ACKNOWLEDGED("acknowledged"),
    /** The writer did not expect a reply. */
    NOT_EXPECTED("not-expected"),
    /** No reply. */
    NONE("none");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The message key of its name as the user reads it. */
    public String messageKey() {
        return "outcome." + name();
    }

    /** The outcome a code names, ignoring case, spaces around it and "_" for "-"; empty for anything else. */
    public static Optional<Outcome> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(values()).filter(o -> o.code.equals(wanted)).findFirst();
    }

    /** The five codes, comma separated, for a message that lists them. */
    public static String codes() {
        return Arrays.stream(values()).map(Outcome::code).collect(Collectors.joining(", "));
    }

    /** True when the MP's office wrote back in some way. */
    public boolean isReply() {
        return this == ANSWERED || this == NOT_ANSWERED || this == ACKNOWLEDGED;
    }
}
