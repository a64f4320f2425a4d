package org.dearmp.userdata;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.dearmp.letter.Sender;

/**
 * Everything the writer has typed or chosen so far, so a letter can be picked up again after a
 * crash, or reopened from the recent letters. Plain data: it never holds the MP, only the seat code,
 * so a newer MP list is used on reopening.
 *
 * @param constituencyCode null until a seat is known
 * @param templateId       null until a template is chosen
 * @param step             the wizard step the writer was on, 0-based
 * @param savedAt          when it was saved; null only in a file that does not say, which the store dates by
 *                         the file's own time
 * @param followUpOf       for a follow-up letter, the id of the letter in the history it follows up; else null
 */
public record LetterDraft(String postcode, String constituencyCode, String templateId, Sender sender,
                          List<String> points, String story, int step, Instant savedAt, String followUpOf) {

    public LetterDraft(String postcode, String constituencyCode, String templateId, Sender sender,
                       List<String> points, String story, int step, Instant savedAt) {
        this(postcode, constituencyCode, templateId, sender, points, story, step, savedAt, null);
    }

    public LetterDraft {
        postcode = Objects.requireNonNullElse(postcode, "");
        sender = sender == null ? new Sender("", List.of(), "", "", "") : sender;
        points = points == null ? List.of() : List.copyOf(points);
        story = Objects.requireNonNullElse(story, "");
        step = Math.max(0, step);
    }

    /** True when nothing worth offering back has been entered yet. */
    public boolean isEmpty() {
        return postcode.isBlank() && templateId == null && story.isBlank()
                && points.stream().allMatch(String::isBlank);
    }

    public LetterDraft withSavedAt(Instant when) {
        return new LetterDraft(postcode, constituencyCode, templateId, sender, points, story, step, when, followUpOf);
    }
}
