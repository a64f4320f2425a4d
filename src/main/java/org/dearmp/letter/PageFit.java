package org.dearmp.letter;

/**
 * The one place that guesses whether a letter fits on one A4 page, before any PDF is made. The PDF
 * layout (11 pt Liberation Serif, 25 mm margins, about 14 pt between lines) is what really decides;
 * these figures were chosen to match it, and the export code can check its layout against them.
 */
public final class PageFit {

    /** Characters of 11 pt serif text across 160 mm (A4 less two 25 mm margins). */
    public static final int CHARS_PER_LINE = 90;
    /** Bullet text is indented, so a little less fits. */
    public static final int CHARS_PER_BULLET_LINE = 84;
    /** Lines of 11 pt text, 14 pt apart, in 247 mm (A4 less two 25 mm margins). */
    public static final int LINES_PER_PAGE = 50;

    /** Estimated lines and pages; one page when the lines fit. */
    public record Estimate(int lines, int pages) {
        public boolean fitsOnePage() {
            return pages <= 1;
        }
    }

    private PageFit() {
    }

    public static Estimate estimate(Letter letter) {
        int lines = frameLines(letter) + bodyLines(letter);
        return new Estimate(lines, Math.max(1, (lines + LINES_PER_PAGE - 1) / LINES_PER_PAGE));
    }

    /**
     * Everything around the body: the writer's address block, date, the MP's address, subject, salutation,
     * sign-off with room to sign, name, and the blank lines between them.
     */
    static int frameLines(Letter letter) {
        Sender sender = letter.sender();
        int senderBlock = 1 + sender.addressLines().size() + (sender.postcode().isEmpty() ? 0 : 1)
                + (sender.email().isEmpty() ? 0 : 1) + (sender.phone().isEmpty() ? 0 : 1);
        int recipientBlock = 1 + letter.recipient().addressLines().size();
        int subject = letter.subject().isBlank() ? 0 : 2;
        int dateAndGaps = 4;
        int salutation = 2;
        int signOff = 1 + 3 + 1 + 1;
        return senderBlock + dateAndGaps + recipientBlock + subject + salutation + signOff;
    }

    static int bodyLines(Letter letter) {
        int lines = 0;
        for (LetterBlock block : letter.body()) {
            if (lines > 0) {
                lines++;
            }
            if (block instanceof LetterBlock.Paragraph paragraph) {
                lines += wrappedLines(paragraph.text(), CHARS_PER_LINE);
            } else if (block instanceof LetterBlock.BulletList list) {
                for (String item : list.items()) {
                    lines += wrappedLines(item, CHARS_PER_BULLET_LINE);
                }
            }
        }
        return lines;
    }

    /** Lines a text takes when wrapped at word boundaries. */
    static int wrappedLines(String text, int width) {
        int lines = 1;
        int used = 0;
        for (String word : text.strip().split("\\s+")) {
            int needed = used == 0 ? word.length() : used + 1 + word.length();
            if (needed > width && used > 0) {
                lines++;
                used = word.length();
            } else {
                used = needed;
            }
        }
        return lines;
    }
}
