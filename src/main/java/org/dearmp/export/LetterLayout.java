package org.dearmp.export;

import com.lowagie.text.PageSize;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterBlock;
import org.dearmp.letter.Recipient;
import org.dearmp.letter.Sender;
import org.dearmp.parliament.FormsOfAddress;

/**
 * How a letter sits on A4: the conventions of a UK business letter, in points (1 mm = 2.835 pt).
 * Sender's address top right with the date under it, the MP's address on the left, a bold subject,
 * the salutation, the body, then "Yours sincerely," with room to sign above the writer's name.
 *
 * <p>Lines are broken here, word by word with the font's own widths, rather than by OpenPDF's
 * paragraph engine, so that a letter is laid out once and the same pages can be drawn into its own
 * file and into a batch's print file. A letter of more than one page gets "Page 1 of 2" footers and a
 * header on each continuation sheet naming the MP and the date, as a careful typist would.
 */
final class LetterLayout {

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
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final LetterFonts fonts;

    LetterLayout(LetterFonts fonts) {
        this.fonts = fonts;
    }

    /** Sets the whole letter, from the sender's address to the signature, on as many pages as it needs. */
    LaidOutLetter layOut(Letter letter) {
        Setter set = new Setter();
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
        set.lines(recipientLines(letter.recipient()), false);
        set.gap(BLOCK_GAP);
        if (!letter.subject().isBlank()) {
            set.paragraph(clean(letter.subject()), true, LEFT, RIGHT);
            set.gap(SUBJECT_GAP);
        }
        if (letter.salutation() != null && !letter.salutation().isBlank()) {
            set.paragraph(clean(withComma(letter.salutation())), false, LEFT, RIGHT);
            set.gap(PARAGRAPH_GAP);
        }
        for (LetterBlock block : letter.body()) {
            if (block instanceof LetterBlock.Paragraph p) {
                set.paragraph(clean(p.text().strip()), false, LEFT, RIGHT);
                set.gap(PARAGRAPH_GAP);
            } else if (block instanceof LetterBlock.BulletList list) {
                bullets(set, list.items());
            }
        }
        signOff(set, letter);
        return new LaidOutLetter(letter, fonts.facesFor(set.texts), withFurniture(letter, set.pages));
    }

    private static List<String> recipientLines(Recipient recipient) {
        List<String> lines = new ArrayList<>();
        lines.add(recipient.envelopeName());
        lines.addAll(recipient.addressLines().isEmpty() ? FormsOfAddress.HOUSE_OF_COMMONS : recipient.addressLines());
        return lines;
    }

    private void bullets(Setter set, List<String> items) {
        float textLeft = LEFT + BULLET_INDENT + BULLET_HANG;
        for (int i = 0; i < items.size(); i++) {
            set.paragraph(clean(items.get(i).strip()), false, textLeft, RIGHT);
            set.bulletBesideFirstLine(LEFT + BULLET_INDENT);
            set.gap(i == items.size() - 1 ? PARAGRAPH_GAP : ITEM_GAP);
        }
    }

    /**
     * The sign-off and the name never part across a page break; the gap is for a handwritten signature.
     * Either may be long enough to wrap (a name with a title and an organisation, say).
     */
    private void signOff(Setter set, Letter letter) {
        String signOff = letter.signOff() == null || letter.signOff().isBlank() ? "Yours sincerely" : letter.signOff();
        List<String> signOffLines = set.wrap(clean(withComma(signOff)), false, RIGHT - LEFT);
        List<String> nameLines = set.wrap(clean(letter.sender().name().strip()), false, RIGHT - LEFT);
        set.gap(SIGN_OFF_GAP);
        set.keepLinesTogether(signOffLines.size() + SIGNATURE_LINES - 1 + nameLines.size());
        signOffLines.forEach(line -> set.line(LEFT, false, line));
        set.skipLines(SIGNATURE_LINES - 1);
        nameLines.forEach(line -> set.line(LEFT, false, line));
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
                String footer = Messages.get("export.pdf.pageOf", i + 1, count);
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

    /**
     * Text as it is set: composed characters (NFC: text pasted from a Mac may spell ŵ as w plus a
     * combining circumflex, which fonts place less well than the single letter); every kind of line
     * break (vertical tab, form feed, next line, line and paragraph separators) as a line break, so
     * words either side stay apart; tabs as spaces; soft hyphens, other control characters and
     * invisible formatting marks left out, as they have nothing to print, except the zero-width
     * joiner and non-joiner, which change how Persian, Indic and emoji text is shaped.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String normal = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            char replacement = switch (c) {
                case '\u000b', '\f', '\u0085', '\u2028', '\u2029' -> '\n';
                case '\t' -> ' ';
                case '\u200c', '\u200d' -> c; // joiners shape Persian, Indic and emoji text
                default -> c != '\n' && c != '\r' && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)
                        ? 0 : c;
            };
            if (replacement != c && out == null) {
                out = new StringBuilder(normal.length()).append(normal, 0, i);
            }
            if (out != null && replacement != 0) {
                out.append(replacement);
            }
        }
        return out == null ? normal : out.toString();
    }

    static String longDate(Letter letter) {
        return LONG_DATE.format(letter.date());
    }

    /** "Dear Ms Blake" becomes "Dear Ms Blake,"; a salutation that already ends in punctuation is left alone. */
    static String withComma(String text) {
        String t = text.strip();
        return t.isEmpty() || ",;:!.".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ",";
    }

    /** Places lines down the page, starting a new page when the next line would reach the bottom margin. */
    private final class Setter {
        final List<List<LaidOutLetter.Line>> pages = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        private List<LaidOutLetter.Line> page;
        /** Baseline of the last line set, or the top margin on a fresh page. */
        private float y;
        private float pendingGap;
        private List<LaidOutLetter.Line> firstLinePage;
        private float firstLineY;

        Setter() {
            newPage();
        }

        private void newPage() {
            page = new ArrayList<>();
            pages.add(page);
            y = TOP;
            pendingGap = 0;
        }

        private boolean atTopOfPage() {
            return y == TOP;
        }

        void gap(float points) {
            pendingGap += points;
        }

        /** Moves to a new page now unless {@code lines} more lines fit on this one. */
        void keepLinesTogether(int lines) {
            float lastBaseline = y - (atTopOfPage() ? 0 : pendingGap) - lines * LEADING;
            if (lastBaseline < MARGIN_BOTTOM && !atTopOfPage()) {
                newPage();
            }
        }

        void skipLines(int lines) {
            for (int i = 0; i < lines; i++) {
                advance();
            }
        }

        private void advance() {
            float baseline = y - (atTopOfPage() ? 0 : pendingGap) - LEADING;
            if (baseline < MARGIN_BOTTOM && !atTopOfPage()) {
                newPage();
                baseline = y - LEADING;
            }
            y = baseline;
            pendingGap = 0;
        }

        void line(float x, boolean bold, String text) {
            advance();
            texts.add(text);
            page.add(new LaidOutLetter.Line(x, y, bold, BODY_SIZE, false, text));
        }

        /** Unbroken lines, each aligned left or right; blank ones are left out. */
        void lines(List<String> lines, boolean alignRight) {
            for (String raw : lines) {
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                for (String text : wrap(clean(raw.strip()), false, RIGHT - LEFT)) {
                    line(alignRight ? RIGHT - width(false, text) : LEFT, false, text);
                }
            }
        }

        void paragraph(String text, boolean bold, float left, float right) {
            boolean first = true;
            for (String line : wrap(text, bold, right - left)) {
                line(left, bold, line);
                if (first) {
                    firstLinePage = page;
                    firstLineY = y;
                    first = false;
                }
            }
        }

        /** Puts a bullet beside the first line of the paragraph just set. */
        void bulletBesideFirstLine(float x) {
            firstLinePage.add(new LaidOutLetter.Line(x, firstLineY, false, BODY_SIZE, false, BULLET));
        }

        /** Greedy line breaking at spaces; a word wider than the line is broken between letters. */
        List<String> wrap(String text, boolean bold, float maxWidth) {
            List<String> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                    wrapLine(text.substring(start, i).stripTrailing(), bold, maxWidth, out);
                    if (i + 1 < text.length() && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
            return out;
        }

        private void wrapLine(String text, boolean bold, float maxWidth, List<String> out) {
            if (text.isEmpty()) {
                out.add("");
                return;
            }
            int lineStart = 0;
            int lastSpace = -1;
            float lineWidth = 0;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                float w = fonts.width(bold, c, BODY_SIZE);
                if (c == ' ') {
                    lastSpace = i;
                } else if (lineWidth + w > maxWidth && i > lineStart) {
                    // Break at the last space, unless only spaces come before it: then between letters.
                    boolean atSpace = lastSpace > lineStart && !text.substring(lineStart, lastSpace).isBlank();
                    String piece = text.substring(lineStart, atSpace ? lastSpace : i).stripTrailing();
                    if (!piece.isEmpty()) {
                        out.add(piece);
                    }
                    lineStart = atSpace ? skipSpaces(text, lastSpace) : i;
                    lastSpace = -1;
                    lineWidth = fonts.width(bold, text.substring(lineStart, i), BODY_SIZE);
                    continue; // this character again, against the new line
                }
                lineWidth += w;
                i++;
            }
            if (lineStart < text.length()) {
                out.add(text.substring(lineStart));
            }
        }

        private int skipSpaces(String text, int from) {
            int i = from;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            return i;
        }
    }
}
