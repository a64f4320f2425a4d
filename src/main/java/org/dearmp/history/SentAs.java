package org.dearmp.history;

/** How a letter went to the MP: on paper (a PDF printed or posted) or by email. */
public enum SentAs {
    POST("post"),
    EMAIL("email");

    private final String code;

    SentAs(String code) {
        this.code = code;
    }

    /** As the command line prints it and the JSON listing gives it. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return "history.sentAs." + name();
    }
}
