package org.dearmp.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.template.LetterTemplate;

/**
 * Everything a letter is made from. Start with {@link #of} and add the writer's words with the
 * {@code with...} methods. The optional overrides are null when the writer has not changed them.
 *
 * @param points     the writer's own points, one bullet each; blank ones are dropped
 * @param story      the writer's own story or reasons, free text with blank lines between paragraphs
 * @param salutation null for the MP's usual form ("Dear Ms Blake,")
 * @param signOff    null for "Yours sincerely,"
 * @param ask        null for the template's ask; the writer's own wording otherwise
 * @param subject    null for the template's subject
 * @param homeSeat   null when the writer lives in {@code constituency} (or it is not known otherwise); the seat
 *                   of the writer's address postcode when it is surely another, so the letter never claims a
 *                   seat its own address contradicts
 * @param firstLetter null for a first letter; for a follow-up, the letter it follows up, whose date, subject and
 *                    ask its template names
 */
public record LetterRequest(LetterTemplate template, Member member, Constituency constituency, Sender sender,
                            List<String> points, String story, LocalDate date, String salutation, String signOff,
                            String ask, String subject, Constituency homeSeat, FirstLetter firstLetter) {

    public LetterRequest(LetterTemplate template, Member member, Constituency constituency, Sender sender,
                         List<String> points, String story, LocalDate date, String salutation, String signOff,
                         String ask, String subject, Constituency homeSeat) {
        this(template, member, constituency, sender, points, story, date, salutation, signOff, ask, subject, homeSeat,
                null);
    }

    public LetterRequest {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(constituency, "constituency");
        Objects.requireNonNull(sender, "sender");
        points = points == null ? List.of() : points.stream().filter(Objects::nonNull).toList();
        story = Objects.requireNonNullElse(story, "");
        Objects.requireNonNull(date, "date");
        salutation = blankToNull(salutation);
        signOff = blankToNull(signOff);
        ask = blankToNull(ask);
        subject = blankToNull(subject);
        homeSeat = constituency.equals(homeSeat) ? null : homeSeat;
    }

    /** A request with no points or story yet, dated {@code date} (today, by the caller's clock). */
    public static LetterRequest of(LetterTemplate template, Member member, Constituency constituency, Sender sender,
                                   LocalDate date) {
        return new LetterRequest(template, member, constituency, sender, List.of(), "", date, null, null,
                null, null, null);
    }

    public LetterRequest withTemplate(LetterTemplate newTemplate) {
        return new LetterRequest(newTemplate, member, constituency, sender, points, story, date, salutation, signOff,
                ask, subject, homeSeat, firstLetter);
    }

    public LetterRequest withMember(Member newMember, Constituency newConstituency) {
        return new LetterRequest(template, newMember, newConstituency, sender, points, story, date, salutation,
                signOff, ask, subject, homeSeat, firstLetter);
    }

    public LetterRequest withSender(Sender newSender) {
        return new LetterRequest(template, member, constituency, newSender, points, story, date, salutation, signOff,
                ask, subject, homeSeat, firstLetter);
    }

    public LetterRequest withPoints(List<String> newPoints) {
        return new LetterRequest(template, member, constituency, sender, newPoints, story, date, salutation, signOff,
                ask, subject, homeSeat, firstLetter);
    }

    public LetterRequest withStory(String newStory) {
        return new LetterRequest(template, member, constituency, sender, points, newStory, date, salutation, signOff,
                ask, subject, homeSeat, firstLetter);
    }

    public LetterRequest withDate(LocalDate newDate) {
        return new LetterRequest(template, member, constituency, sender, points, story, newDate, salutation, signOff,
                ask, subject, homeSeat, firstLetter);
    }

    public LetterRequest withSalutation(String newSalutation) {
        return new LetterRequest(template, member, constituency, sender, points, story, date, newSalutation, signOff,
                ask, subject, homeSeat, firstLetter);
    }

    public LetterRequest withSignOff(String newSignOff) {
        return new LetterRequest(template, member, constituency, sender, points, story, date, salutation, newSignOff,
                ask, subject, homeSeat, firstLetter);
    }

    public LetterRequest withAsk(String newAsk) {
        return new LetterRequest(template, member, constituency, sender, points, story, date, salutation, signOff,
                newAsk, subject, homeSeat, firstLetter);
    }

    public LetterRequest withSubject(String newSubject) {
        return new LetterRequest(template, member, constituency, sender, points, story, date, salutation, signOff,
                ask, newSubject, homeSeat, firstLetter);
    }

    /** The writer's own seat, when their address postcode is surely in another than the MP's. */
    public LetterRequest withHomeSeat(Constituency newHomeSeat) {
        return new LetterRequest(template, member, constituency, sender, points, story, date, salutation, signOff,
                ask, subject, newHomeSeat, firstLetter);
    }

    /** A follow-up to {@code first}. */
    public LetterRequest withFirstLetter(FirstLetter first) {
        return new LetterRequest(template, member, constituency, sender, points, story, date, salutation, signOff,
                ask, subject, homeSeat, first);
    }

    /** The same letter without the writer's own words: what the template alone would say. */
    LetterRequest untouched() {
        return new LetterRequest(template, member, constituency, sender, List.of(), "", date, salutation, signOff,
                null, subject, homeSeat, firstLetter);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
