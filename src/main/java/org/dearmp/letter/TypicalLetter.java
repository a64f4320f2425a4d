package org.dearmp.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Gender;
import org.dearmp.parliament.Member;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateChecker;

/**
 * A made-up but typical writer: three points of a sentence or two and a short story. Used to judge whether
 * a template leaves room for the writer's words on one page, and as the editor's starting sample.
 */
public final class TypicalLetter {

    public static final Member SAMPLE_MP = new Member(0, "Alex Sample MP", "Alex Sample", "", "alex.sample.mp@parliament.uk",
            Gender.UNKNOWN);
    public static final Constituency SAMPLE_CONSTITUENCY = new Constituency("E14000000", "Sampleton", null, "England", "");

    private TypicalLetter() {
    }

    public static Sender sampleSender() {
        return new Sender(Messages.get("letter.sample.name"),
                List.of(Messages.get("letter.sample.address1"), Messages.get("letter.sample.address2")),
                Messages.get("letter.sample.postcode"), Messages.get("letter.sample.email"), "");
    }

    public static List<String> samplePoints() {
        return List.of(Messages.get("letter.sample.point1"), Messages.get("letter.sample.point2"),
                Messages.get("letter.sample.point3"));
    }

    public static String sampleStory() {
        return Messages.get("letter.sample.story");
    }

    /** A request for this template with the sample MP, writer, points and story, on a fixed date. */
    public static LetterRequest request(LetterTemplate template) {
        return LetterRequest.of(template, SAMPLE_MP, SAMPLE_CONSTITUENCY, sampleSender(), LocalDate.of(2026, 9, 30))
                .withPoints(samplePoints()).withStory(sampleStory());
    }

    /**
     * The TOO_LONG check for {@link TemplateChecker}: a typical letter from the template must fit one
     * page, as {@code measure} (the PDF's own layout) counts pages.
     */
    public static TemplateChecker.LengthCheck lengthCheck(LetterMeasure measure) {
        LetterComposer composer = new LetterComposer();
        return template -> {
            int pages = measure.pageCount(composer.compose(request(template)));
            return pages <= 1 ? Optional.empty() : Optional.of(Messages.get("letter.templateTooLong", pages));
        };
    }

    /** A checker with every check, the length of a typical letter (counted by {@code measure}) included. */
    public static TemplateChecker fullChecker(LetterMeasure measure) {
        return new TemplateChecker(lengthCheck(measure));
    }
}
