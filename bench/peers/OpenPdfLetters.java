import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Peer: the letters of letters.jsonl with OpenPDF (the library Dear MP uses) in the plain loop its
 * tutorials show: one Document per letter, one thread, Liberation Serif embedded (Identity-H, so every
 * accented name prints), each file through a temporary file renamed into place, then one print file
 * with every letter on a new page. What Dear MP adds on top (lookups, .eml, report, map, parallel
 * writers, its own font subsetting and page copying) is what this leaves out.
 */
public final class OpenPdfLetters {

    static final String PRINT_FILE = "all-letters-for-printing.pdf";
    private static final float MARGIN = 25 / 25.4f * 72;

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: OpenPdfLetters LETTERS_JSONL OUT_DIR FONT_TTF");
        }
        List<Letters.Letter> letters = Letters.read(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Path letterDir = Files.createDirectories(out.resolve("letters"));
        BaseFont base = BaseFont.createFont(args[2], BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font font = new Font(base, 11);
        for (Letters.Letter letter : letters) {
            write(letterDir.resolve(letter.name() + ".pdf"), List.of(letter), font);
        }
        write(out.resolve(PRINT_FILE), letters, font);
    }

    private static void write(Path target, List<Letters.Letter> letters, Font font) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE))) {
            Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
            PdfWriter.getInstance(document, file);
            document.open();
            boolean first = true;
            for (Letters.Letter letter : letters) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                for (String text : letter.text().split("\n\n")) {
                    Paragraph paragraph = new Paragraph(14.5f, text, font);
                    paragraph.setSpacingAfter(8);
                    paragraph.setAlignment(Element.ALIGN_LEFT);
                    document.add(paragraph);
                }
            }
            document.close();
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
