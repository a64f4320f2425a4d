package org.dearmp.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import java.awt.Color;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterBlock;
import org.dearmp.letter.Recipient;
import org.dearmp.letter.Sender;
import org.dearmp.parliament.FormsOfAddress;

/**
 * How a letter sits on A4: the conventions of a UK business letter, in points (1 mm = 2.835 pt).
 * Sender's address top right with the date under it, the MP's address on the left, a bold subject,
 * the salutation, the body, then "Yours sincerely," with room to sign above the writer's name.
 */
final class LetterLayout {

    static final float MM = 72f / 25.4f;
    static final float MARGIN_SIDE = 25 * MM;
    static final float MARGIN_TOP = 22 * MM;
    static final float MARGIN_BOTTOM = 25 * MM;

    static final float BODY_SIZE = 11.5f;
    static final float LEADING = 15f;
    static final float SMALL_SIZE = 8.5f;
    static final Color QUIET = new Color(0x55, 0x55, 0x55);

    private static final float PARAGRAPH_GAP = 8f;
    private static final float BLOCK_GAP = 18f;
    /** Room for a handwritten signature: three blank lines of 15 pt. */
    private static final int SIGNATURE_LINES = 4;
    private static final float BULLET_INDENT = 16f;
    private static final float BULLET_HANG = 12f;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    /** The type styles of one letter, in the faces that can show all its text. */
    record Styles(Font body, Font bold, Font small) {
        Styles(LetterFonts.Faces faces) {
            this(new Font(faces.regular(), BODY_SIZE), new Font(faces.bold(), BODY_SIZE),
                    new Font(faces.regular(), SMALL_SIZE, Font.NORMAL, QUIET));
        }
    }

    private final LetterFonts fonts;
    private final Map<LetterFonts.Faces, Styles> styles = new HashMap<>(4);
    private Font body;
    private Font bold;

    LetterLayout(LetterFonts fonts) {
        this.fonts = fonts;
    }

    /** Picks the faces for this letter's text; returns its styles (page furniture uses them too). */
    Styles stylesFor(Letter letter) {
        Styles chosen = styles.computeIfAbsent(fonts.facesFor(textsOf(letter)), Styles::new);
        body = chosen.body();
        bold = chosen.bold();
        return chosen;
    }

    private static List<String> textsOf(Letter letter) {
        List<String> texts = new ArrayList<>(List.of(letter.sender().name(), letter.sender().postcode(),
                letter.sender().email(), letter.sender().phone(), letter.recipient().envelopeName(), letter.subject()));
        texts.addAll(letter.sender().addressLines());
        texts.addAll(letter.recipient().addressLines());
        texts.add(letter.salutation());
        texts.add(letter.signOff());
        for (LetterBlock block : letter.body()) {
            if (block instanceof LetterBlock.Paragraph p) {
                texts.add(p.text());
            } else if (block instanceof LetterBlock.BulletList list) {
                texts.addAll(list.items());
            }
        }
        texts.replaceAll(LetterLayout::clean);
        return texts;
    }

    /**
     * Composed characters (NFC): text pasted from a Mac may spell ŵ as w plus a combining circumflex,
     * which fonts place less well than the single letter.
     */
    static String clean(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static String longDate(Letter letter) {
        return LONG_DATE.format(letter.date());
    }

    /** Adds the whole letter to {@code document}, from the sender's address to the signature. */
    void addTo(Document document, Letter letter) throws DocumentException {
        stylesFor(letter);
        document.add(senderBlock(letter.sender()));
        document.add(dateLine(letter));
        document.add(recipientBlock(letter.recipient()));
        if (!letter.subject().isBlank()) {
            document.add(paragraph(letter.subject(), bold, Element.ALIGN_LEFT, PARAGRAPH_GAP + 2));
        }
        if (letter.salutation() != null && !letter.salutation().isBlank()) {
            document.add(paragraph(withComma(letter.salutation()), body, Element.ALIGN_LEFT, PARAGRAPH_GAP));
        }
        for (LetterBlock block : letter.body()) {
            if (block instanceof LetterBlock.Paragraph p) {
                document.add(paragraph(p.text().strip(), body, Element.ALIGN_LEFT, PARAGRAPH_GAP));
            } else if (block instanceof LetterBlock.BulletList list) {
                document.add(bullets(list.items()));
            }
        }
        document.add(signOff(letter));
    }

    private Paragraph senderBlock(Sender sender) {
        List<String> lines = new ArrayList<>();
        lines.add(sender.name());
        lines.addAll(sender.addressLines());
        lines.add(sender.postcode());
        lines.add(sender.email());
        lines.add(sender.phone());
        return lines(lines, Element.ALIGN_RIGHT, PARAGRAPH_GAP);
    }

    private Paragraph dateLine(Letter letter) {
        return paragraph(longDate(letter), body, Element.ALIGN_RIGHT, BLOCK_GAP);
    }

    private Paragraph recipientBlock(Recipient recipient) {
        List<String> lines = new ArrayList<>();
        lines.add(recipient.envelopeName());
        lines.addAll(recipient.addressLines().isEmpty() ? FormsOfAddress.HOUSE_OF_COMMONS : recipient.addressLines());
        return lines(lines, Element.ALIGN_LEFT, BLOCK_GAP);
    }

    private com.lowagie.text.List bullets(List<String> items) {
        com.lowagie.text.List list = new com.lowagie.text.List(com.lowagie.text.List.UNORDERED, BULLET_HANG);
        list.setListSymbol(new Chunk("\u2022", body));
        list.setIndentationLeft(BULLET_INDENT);
        for (int i = 0; i < items.size(); i++) {
            ListItem item = new ListItem(LEADING, clean(items.get(i).strip()), body);
            item.setSpacingAfter(i == items.size() - 1 ? PARAGRAPH_GAP : 3f);
            list.add(item);
        }
        return list;
    }

    /** The sign-off and the name never part across a page break; the gap is for a handwritten signature. */
    private Paragraph signOff(Letter letter) {
        String signOff = letter.signOff() == null || letter.signOff().isBlank() ? "Yours sincerely" : letter.signOff();
        Paragraph block = new Paragraph(LEADING, clean(withComma(signOff)), body);
        // Blank lines in the body font (a bare newline chunk would pull in an unembedded Helvetica).
        block.add(new Chunk("\n".repeat(SIGNATURE_LINES), body));
        block.add(new Chunk(clean(letter.sender().name()), body));
        block.setSpacingBefore(4f);
        block.setKeepTogether(true);
        return block;
    }

    private Paragraph lines(List<String> lines, int alignment, float spacingAfter) {
        String text = String.join("\n", lines.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList());
        return paragraph(text, body, alignment, spacingAfter);
    }

    private static Paragraph paragraph(String text, Font font, int alignment, float spacingAfter) {
        Paragraph p = new Paragraph(LEADING, clean(text), font);
        p.setAlignment(alignment);
        p.setSpacingAfter(spacingAfter);
        return p;
    }

    /** "Dear Ms Blake" becomes "Dear Ms Blake,"; a salutation that already ends in punctuation is left alone. */
    static String withComma(String text) {
        String t = text.strip();
        return t.isEmpty() || ",;:!.".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ",";
    }
}
