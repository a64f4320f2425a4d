package org.dearmp.ui.services;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dearmp.letter.FirstLetter;
import org.dearmp.letter.Sender;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;

/**
 * What the writer has given so far, to be turned into a letter.
 *
 * @param firstLetter null, or for a follow-up the letter it follows up
 * @param homeSeat null, or the seat of the writer's address postcode when it is surely not {@code constituency}
 */
public record LetterRequest(Constituency constituency, Optional<Member> member, String templateId, Sender sender,
                            List<String> points, String story, Constituency homeSeat, FirstLetter firstLetter) {

    /** A first letter (not a follow-up). */
    public LetterRequest(Constituency constituency, Optional<Member> member, String templateId, Sender sender,
                         List<String> points, String story, Constituency homeSeat) {
        this(constituency, member, templateId, sender, points, story, homeSeat, null);
    }
    public LetterRequest {
        Objects.requireNonNull(constituency, "constituency");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(sender, "sender");
        member = member == null ? Optional.empty() : member;
        points = points.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        story = Objects.requireNonNullElse(story, "").strip();
    }

    /** A letter from someone living in the seat it goes to. */
    public LetterRequest(Constituency constituency, Optional<Member> member, String templateId, Sender sender,
                         List<String> points, String story) {
        this(constituency, member, templateId, sender, points, story, null);
    }
}
