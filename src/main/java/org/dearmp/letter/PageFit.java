package org.dearmp.letter;

/**
 * The one place that guesses whether a letter fits on one A4 page before any PDF is made. The figures
 * mirror the PDF layout (org.dearmp.export: 11.5 pt Liberation Serif on 15 pt lines, 25 mm side margins,
 * 22 mm top and 25 mm bottom, a small gap after each paragraph and a larger one after the address
 * blocks), counted in 15 pt lines. The PDF is what really decides; a test compares the two.
 */
public final class PageFit {

    /** Characters of 11.5 pt serif text across 160 mm (A4 less two 25 mm margins), for ordinary prose. */
    public static final int CHARS_PER_LINE = 94;
    /** Bullet text is indented, so a little less fits. */
    public static final int CHARS_PER_BULLET_LINE = 88;
    /** 15 pt lines in the 250 mm between the top and bottom margins. */
    public static final double LINES_PER_PAGE = 47;
    /** The space after a paragraph (8 pt) and after an address block (18 pt), in lines. */
    public static final double PARAGRAPH_GAP = 8 / 15.0;
    public static final double BLOCK_GAP = 18 / 15.0;
    /** The space between two bullets (3 pt), in lines. */
    public static final double BULLET_GAP = 3 / 15.0;
    /** "Yours sincerely," then room to sign, then the name. */
    public static final int SIGN_OFF_LINES = 1 + 4 + 1;

    /** Estimated lines (rounded up) and pages; one page when the lines fit. */
    public record Estimate(int lines, int pages) {
        public boolean fitsOnePage() {
            return pages <= 1;
        }
    }

    private PageFit() {
    }

    public static Estimate estimate(Letter letter) {
        double lines = frameLines(letter) + bodyLines(letter);
        return new Estimate((int) Math.ceil(lines), Math.max(1, (int) Math.ceil(lines / LINES_PER_PAGE)));
    }

    /**
     * Everything around the body: the writer's address block, the date, the MP's address, the subject,
     * the salutation, and the sign-off with room to sign.
     */
    static double frameLines(Letter letter) {
        Sender sender = letter.sender();
        int senderLines = 1 + sender.addressLines().size() + (sender.postcode().isEmpty() ? 0 : 1)
                + (sender.email().isEmpty() ? 0 : 1) + (sender.phone().isEmpty() ? 0 : 1);
        double lines = senderLines + PARAGRAPH_GAP;
        lines += 1 + BLOCK_GAP;
        lines += 1 + letter.recipient().addressLines().size() + BLOCK_GAP;
        if (!letter.subject().isBlank()) {
            lines += wrappedLines(letter.subject(), CHARS_PER_LINE) + PARAGRAPH_GAP;
        }
        lines += 1 + PARAGRAPH_GAP;
        return lines + SIGN_OFF_LINES;
    }

    static double bodyLines(Letter letter) {
        double lines = 0;
        for (LetterBlock block : letter.body()) {
            if (block instanceof LetterBlock.Paragraph paragraph) {
                lines += wrappedLines(paragraph.text(), CHARS_PER_LINE);
            } else if (block instanceof LetterBlock.BulletList list) {
                for (String item : list.items()) {
                    lines += wrappedLines(item, CHARS_PER_BULLET_LINE);
                }
                lines += BULLET_GAP * (list.items().size() - 1);
            }
            lines += PARAGRAPH_GAP;
        }
        return lines;
    }

    /** Lines a text takes when wrapped at word boundaries. */
    static int wrappedLines(String text, int width) {
        int lines = 1;
        int used = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            while (i < length && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !isSpace(text.charAt(i))) {
                i++;
            }
            int word = i - start;
            if (word == 0) {
                break;
            }
            int needed = used == 0 ? word : used + 1 + word;
            if (needed > width && used > 0) {
                lines++;
                used = word;
            } else {
                used = needed;
            }
        }
        return lines;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }
}
