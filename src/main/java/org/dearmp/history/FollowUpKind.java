package org.dearmp.history;

/** The follow-up letters, each a bundled template of the follow-up family that campaign staff can edit. */
public enum FollowUpKind {
    /** A polite chaser when no reply came, or only an acknowledgement. */
    NO_REPLY("follow-up-no-reply"),
    /** A reply came but did not answer the question: ask again. */
    NOT_ANSWERED("follow-up-not-answered"),
    /** The MP answered: thank them. */
    THANK_YOU("follow-up-thank-you");

    /** The tag every follow-up template carries, so the campaign template list leaves them out. */
    public static final String TAG = "follow-up";

    private final String templateId;

    FollowUpKind(String templateId) {
        this.templateId = templateId;
    }

    public String templateId() {
        return templateId;
    }
}
