package org.dearmp.ui.help;

import java.util.Arrays;
import java.util.List;
import org.dearmp.i18n.Messages;

/**
 * The parts of the guide, in the order its list shows them: how to write a letter that counts, what happens
 * after, and how each screen works (one part per {@link HelpTopic}, with that topic's own heading and text,
 * so F1 on a screen and the guide say the same thing).
 */
public enum GuideSection {
    WRITING(null, "ui.guide.writing.heading", "ui.guide.writing.intro",
            "ui.guide.writing.oneIssue", "ui.guide.writing.ask", "ui.guide.writing.ownWords",
            "ui.guide.writing.address", "ui.guide.writing.courteous"),
    NEXT(null, "ui.guide.next.heading", "ui.guide.next.intro",
            "ui.guide.next.reply", "ui.guide.next.minister", "ui.guide.next.surgery", "ui.guide.next.again"),
    SCREENS(null, "ui.guide.screens.heading", "ui.guide.screens.intro"),
    START(HelpTopic.START), POSTCODE(HelpTopic.POSTCODE), MP(HelpTopic.MP), TEMPLATE(HelpTopic.TEMPLATE),
    LETTER(HelpTopic.LETTER), SEND(HelpTopic.SEND), BATCH(HelpTopic.BATCH), EDITOR(HelpTopic.EDITOR);

    private final HelpTopic topic;
    private final String headingKey;
    private final String introKey;
    private final List<String> pointKeys;

    GuideSection(HelpTopic topic, String... keys) {
        this.topic = topic;
        this.headingKey = keys.length > 0 ? keys[0] : null;
        this.introKey = keys.length > 1 ? keys[1] : null;
        this.pointKeys = keys.length > 2 ? List.of(keys).subList(2, keys.length) : List.of();
    }

    /** The part F1 opens on the screen that {@code topic} explains. */
    public static GuideSection forScreen(HelpTopic topic) {
        return Arrays.stream(values()).filter(s -> s.topic == topic).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No part of the guide for " + topic));
    }

    /** The parts listed first; the screens' parts are listed under {@link #SCREENS}. */
    public static List<GuideSection> topLevel() {
        return Arrays.stream(values()).filter(s -> s.topic == null).toList();
    }

    public static List<GuideSection> screens() {
        return Arrays.stream(values()).filter(GuideSection::isScreen).toList();
    }

    public boolean isScreen() {
        return topic != null;
    }

    /** The screen this part explains, or null for the parts about writing to an MP. */
    public HelpTopic topic() {
        return topic;
    }

    public String heading() {
        return isScreen() ? topic.heading() : Messages.get(headingKey);
    }

    /** The paragraph under the heading. */
    public String intro() {
        return isScreen() ? topic.text() : Messages.get(introKey);
    }

    /** The points after it, each a short paragraph of its own; the screens have their keys instead. */
    public List<String> points() {
        return pointKeys.stream().map(Messages::get).toList();
    }
}
