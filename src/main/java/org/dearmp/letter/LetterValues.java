package org.dearmp.letter;

import org.dearmp.core.UkDates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.FormsOfAddress;
import org.dearmp.parliament.Member;

/**
 * The values behind every placeholder in {@link org.dearmp.template.Placeholders#ALL}. Every name gets a
 * value (an empty string when unknown), so a checked template always renders. The writer's text goes in
 * as plain data: jmustache prints it and never reads tags inside it.
 */
final class LetterValues {

    private LetterValues() {
    }

    static Map<String, Object> of(LetterRequest request, String ask, String subject) {
        Member member = request.member();
        Sender sender = request.sender();
        Map<String, Object> mp = new LinkedHashMap<>();
        mp.put("name", member.displayName());
        mp.put("fullTitle", member.fullTitle());
        mp.put("salutation", FormsOfAddress.salutation(member));
        mp.put("envelope", FormsOfAddress.envelopeName(member));
        mp.put("party", member.party());
        mp.put("email", Objects.requireNonNullElse(member.email(), ""));

        // Where the writer lives: the body says so ("I live in the ... constituency"), so it follows the address.
        Constituency home = request.homeSeat() != null ? request.homeSeat() : request.constituency();
        Map<String, Object> constituency = new LinkedHashMap<>();
        constituency.put("name", home.name());
        constituency.put("displayName", home.displayName());
        constituency.put("code", home.code());

        Map<String, Object> from = new LinkedHashMap<>();
        from.put("name", sender.name());
        from.put("address", String.join(", ", sender.addressLines()));
        from.put("addressLines", sender.addressLines());
        from.put("postcode", sender.postcode());
        from.put("email", sender.email());
        from.put("phone", sender.phone());

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("mp", mp);
        values.put("constituency", constituency);
        values.put("sender", from);
        List<String> points = cleanPoints(request.points());
        values.put("points", points);
        values.put("hasPoints", !points.isEmpty());
        values.put("story", cleanStory(request.story()));
        values.put("date", UkDates.date(request.date()));
        values.put("ask", ask);
        values.put("subject", subject);
        // A first letter's follow-up template names it; in any other letter these are simply empty.
        FirstLetter first = request.firstLetter();
        Map<String, Object> firstValues = new LinkedHashMap<>();
        firstValues.put("date", first == null ? "" : UkDates.date(first.date()));
        firstValues.put("subject", first == null ? "" : first.subject());
        firstValues.put("ask", first == null ? "" : first.ask());
        values.put("first", firstValues);
        return values;
    }

    /**
     * A follow-up template's subject names the first letter ("Following up my letter of {{first.date}}"); the
     * header is not a Mustache body, so only these tags are filled in there, and left out of any other letter.
     */
    static String firstLetterNamed(String subject, FirstLetter first) {
        if (!subject.contains("{{first.")) {
            return subject;
        }
        String date = first == null ? "" : UkDates.date(first.date());
        String firstSubject = first == null ? "" : first.subject();
        return subject.replace("{{first.date}}", date).replace("{{first.subject}}", firstSubject)
                .replace("{{first.ask}}", first == null ? "" : first.ask()).replaceAll("\\s+", " ").strip();
    }

    /**
     * One line per point: the body turns each into a bullet, so a line break inside a point would split it.
     * A leading "- " or "• " the writer typed is dropped, since the template adds its own.
     */
    static List<String> cleanPoints(List<String> points) {
        return points.stream()
                .map(point -> point.strip().replaceAll("\\s+", " ").replaceFirst("^(?:[-•*]\\s+)", ""))
                .filter(point -> !point.isEmpty())
                .toList();
    }

    /** Paragraphs kept (blank lines), Windows line endings and trailing spaces gone. */
    static String cleanStory(String story) {
        return story.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::stripTrailing)
                .reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }
}
