package org.dearmp.export.pdf;

import com.lowagie.text.PageSize;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.letter.Letter;
import org.dearmp.letter.PrintableText;
import org.dearmp.letter.LetterBlock;
import org.dearmp.letter.LetterMeasure;
import org.dearmp.letter.PlainTextLetter;
import org.dearmp.letter.Recipient;
import org.dearmp.letter.Sender;

/**
 * How a letter sits on A4: the conventions of a UK business letter, in points (1 mm = 2.835 pt).
 * Sender's address top right with the date under it, the MP's address on the left, a bold subject,
 * the salutation, the body, then the sign-off ("Yours sincerely,", or "Yn gywir," in Welsh) with room to sign above the writer's name.
 *
 * <p>Lines are broken here ({@link LineBreaker}: where a reader expects, measured in the font's own
 * widths) rather than by OpenPDF's paragraph engine, so that a letter is laid out once and the same pages can be drawn into its own
 * file and into a batch's print file. A letter of more than one page gets "Page 1 of 2" ("Tudalen 1 o 2") footers and a
 * header on each continuation sheet naming the MP and the date, as a careful typist would.
 */
final class LetterLayout implements LetterMeasure {

    static final float MM = 72f / 25.4f;
    static final float PAGE_WIDTH = PageSize.A4.getWidth();
    static final float PAGE_HEIGHT = PageSize.A4.getHeight();
    static final float MARGIN_SIDE = 25 * MM;
    static final float MARGIN_TOP = 22 * MM;
    static final float MARGIN_BOTTOM = 25 * MM;

    static final float BODY_SIZE = 11.5f;
    static final float LEADING = 15f;
    static final float SMALL_SIZE = 8.5f;

    private static final float LEFT = MARGIN_SIDE;
    private static final float RIGHT = PAGE_WIDTH - MARGIN_SIDE;
    private static final float TOP = PAGE_HEIGHT - MARGIN_TOP;
    private static final float PARAGRAPH_GAP = 8f;
    private static final float SUBJECT_GAP = PARAGRAPH_GAP + 2;
    private static final float BLOCK_GAP = 18f;
    private static final float ITEM_GAP = 3f;
    private static final float SIGN_OFF_GAP = 18f;
    /** Room for a handwritten signature: three blank lines between the sign-off and the name. */
    private static final int SIGNATURE_LINES = 4;
    private static final float BULLET_INDENT = 16f;
    private static final float BULLET_HANG = 12f;
    private static final String BULLET = "\u2022";

    private final LetterFonts fonts;
    private final LineBreaker breaker;
    private final Paginator paginator = new Paginator(TOP, MARGIN_BOTTOM, LEADING, BODY_SIZE, BULLET);

    LetterLayout(LetterFonts fonts) {
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
    }

    /** The pages the letter takes, laid out exactly as its PDF (a fraction of a millisecond). */
    @Override
    public int pageCount(Letter letter) {
        return layOut(letter).pageCount();
    }

    @Override
    public String unprintable(Letter letter) {
        return fonts.unprintable(PlainTextLetter.document(letter));
    }

    /** Sets the whole letter, from the sender's address to the signature, on as many pages as it needs. */
    LaidOutLetter layOut(Letter letter) {
        Galley set = new Galley();
        Sender sender = letter.sender();
        List<String> from = new ArrayList<>();
        from.add(sender.name());
        from.addAll(sender.addressLines());
        from.add(sender.postcode());
        from.add(sender.email());
        from.add(sender.phone());
        set.lines(from, true);
        set.gap(PARAGRAPH_GAP);
        set.line(RIGHT - width(false, longDate(letter)), false, longDate(letter));
        set.gap(BLOCK_GAP);
        set.lines(recipientLines(letter), false);
        set.gap(BLOCK_GAP);
        if (!letter.subject().isBlank()) {
            set.paragraph(clean(letter.subject()), true, LEFT, RIGHT);
            set.keepWithNext(Paginator.HARD);
            set.gap(SUBJECT_GAP);
        }
        if (letter.salutation() != null && !letter.salutation().isBlank()) {
            set.paragraph(clean(withComma(letter.salutation())), false, LEFT, RIGHT);
            set.keepWithNext(Paginator.HARD);
            set.gap(PARAGRAPH_GAP);
        }
        for (LetterBlock block : letter.body()) {
            if (block instanceof LetterBlock.Paragraph p) {
                String text = clean(p.text().strip());
                set.paragraph(text, false, LEFT, RIGHT);
                if (text.endsWith(":")) {
                    set.keepWithNext(Paginator.HARD); // "Three things matter most to me:" stays with what follows
                }
                set.gap(PARAGRAPH_GAP);
            } else if (block instanceof LetterBlock.BulletList list) {
                bullets(set, list.items());
            }
        }
        set.keepLastParagraphTogether();
        signOff(set, letter);
        List<List<LaidOutLetter.Line>> pages = paginator.paginate(set.items);
        return new LaidOutLetter(letter, fonts.facesFor(set.texts), withFurniture(letter, pages));
    }

    private static List<String> recipientLines(Letter letter) {
        Recipient recipient = letter.recipient();
        List<String> lines = new ArrayList<>();
        lines.add(recipient.envelopeName());
        lines.addAll(recipient.addressLines().isEmpty() ? letter.words().houseOfCommons() : recipient.addressLines());
        return lines;
    }

    private void bullets(Galley set, List<String> items) {
        float textLeft = LEFT + BULLET_INDENT + BULLET_HANG;
        for (int i = 0; i < items.size(); i++) {
            set.paragraph(clean(items.get(i).strip()), false, textLeft, RIGHT);
            set.bulletBesideFirstLine(LEFT + BULLET_INDENT);
            set.gap(i == items.size() - 1 ? PARAGRAPH_GAP : ITEM_GAP);
        }
    }

    /**
     * The sign-off and the name never part across a page break, nor leave the end of the letter behind;
     * the gap is for a handwritten signature. Either may be long enough to wrap (a name with a title and
     * an organisation, say).
     */
    private void signOff(Galley set, Letter letter) {
        String signOff = letter.signOff() == null || letter.signOff().isBlank()
                ? letter.words().signOff() : letter.signOff();
        set.keepWithNext(Paginator.HARD);
        set.gap(SIGN_OFF_GAP);
        for (String line : wrap(clean(withComma(signOff)), RIGHT - LEFT)) {
            set.line(LEFT, false, line);
            set.keepWithNext(Paginator.HARD);
        }
        for (int i = 0; i < SIGNATURE_LINES - 1; i++) {
            set.line(LEFT, false, "");
            set.keepWithNext(Paginator.HARD);
        }
        for (String line : wrap(clean(letter.sender().name().strip()), RIGHT - LEFT)) {
            set.line(LEFT, false, line);
            set.keepWithNext(Paginator.HARD);
        }
    }

    /** Page numbers, and on each continuation sheet a header saying whose letter it is. */
    private List<LaidOutLetter.Page> withFurniture(Letter letter, List<List<LaidOutLetter.Line>> pages) {
        int count = pages.size();
        List<LaidOutLetter.Page> result = new ArrayList<>(count);
        String header = clean(letter.recipient().envelopeName()) + "  \u00b7  " + longDate(letter);
        for (int i = 0; i < count; i++) {
            List<LaidOutLetter.Line> lines = pages.get(i);
            if (count > 1) {
                if (i > 0) {
                    lines.add(new LaidOutLetter.Line(LEFT, TOP + MARGIN_TOP / 2, false, SMALL_SIZE, true, header));
                }
                String footer = letter.words().pageOf(i + 1, count);
                float x = (LEFT + RIGHT - fonts.width(false, footer, SMALL_SIZE)) / 2;
                lines.add(new LaidOutLetter.Line(x, MARGIN_BOTTOM / 2 + 3f, false, SMALL_SIZE, true, footer));
            }
            result.add(new LaidOutLetter.Page(lines));
        }
        return result;
    }

    private float width(boolean bold, String text) {
        return fonts.width(bold, text, BODY_SIZE);
    }

    /** Text as it is set: see {@link PrintableText#clean}. */
    static String clean(String text) {
        return PrintableText.clean(text);
    }

    static String longDate(Letter letter) {
        return letter.words().date(letter.date());
    }

    /** "Dear Ms Blake" becomes "Dear Ms Blake,"; a salutation that already ends in punctuation is left alone. */
    static String withComma(String text) {
        String t = text.strip();
        return t.isEmpty() || ",;:!.".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ",";
    }

    private List<String> wrap(String text, float maxWidth) {
        return breaker.wrap(text, false, BODY_SIZE, maxWidth);
    }

    /**
     * The letter's lines in reading order, before they are put on pages: each with the space above
     * it and how much it minds a page break after it.
     */
    private final class Galley {
        final List<Paginator.Item> items = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        private float pendingGap;
        private int lastParagraphStart = -1;
        private int paragraphStart = -1;

        void gap(float points) {
            pendingGap += points;
        }

        void line(float x, boolean bold, String text) {
            items.add(new Paginator.Item(x, bold, text, pendingGap));
            texts.add(text);
            pendingGap = 0;
        }

        void keepWithNext(int keep) {
            if (!items.isEmpty()) {
                Paginator.Item last = items.get(items.size() - 1);
                last.keep = Math.max(last.keep, keep);
            }
        }

        /** Unbroken lines, each aligned left or right; blank ones are left out. */
        void lines(List<String> lines, boolean alignRight) {
            for (String raw : lines) {
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                for (String text : wrap(clean(raw.strip()), RIGHT - LEFT)) {
                    line(alignRight ? RIGHT - width(false, text) : LEFT, false, text);
                }
            }
        }

        /** A paragraph's lines: at least two of them stay on each side of a page break. */
        void paragraph(String text, boolean bold, float left, float right) {
            List<String> lines = breaker.wrap(text, bold, BODY_SIZE, right - left);
            paragraphStart = items.size();
            lastParagraphStart = paragraphStart;
            for (String line : lines) {
                line(left, bold, line);
            }
            int end = items.size();
            if (end - paragraphStart >= 2) {
                items.get(paragraphStart).keep = Paginator.HARD;
                items.get(end - 2).keep = Paginator.HARD;
            }
        }

        /** Puts a bullet beside the first line of the paragraph just set. */
        void bulletBesideFirstLine(float x) {
            items.get(paragraphStart).bulletX = x;
        }

        /** The last paragraph (or bullet) would rather not be split: it goes over to the sign-off's page. */
        void keepLastParagraphTogether() {
            for (int i = Math.max(lastParagraphStart, 0); i < items.size() - 1; i++) {
                items.get(i).keep = Math.max(items.get(i).keep, Paginator.SOFT);
            }
        }
    }
}
