package org.dearmp.testsupport;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a PDF back with OpenPDF: its text page by page, its metadata and its fonts. */
public final class PdfInspector implements AutoCloseable {

    private final PdfReader reader;

    public PdfInspector(byte[] pdf) throws IOException {
        reader = new PdfReader(pdf);
    }

    public int pages() {
        return reader.getNumberOfPages();
    }

    public String text(int page) throws IOException {
        return new PdfTextExtractor(reader).getTextFromPage(page);
    }

    public String allText() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= pages(); p++) {
            all.append(text(p)).append('\n');
        }
        return all.toString();
    }

    public Map<String, String> info() {
        return reader.getInfo();
    }

    /** The trailer's file identifier, as hex: both halves, which a newly written file has equal. */
    public String fileId() {
        return reader.getTrailer().getAsArray(PdfName.ID).toString();
    }

    /** Every font the pages use: base name mapped to whether its program is embedded (FontFile2/3). */
    public Map<String, Boolean> fonts() {
        Map<String, Boolean> fonts = new TreeMap<>();
        for (int p = 1; p <= pages(); p++) {
            PdfDictionary resources = reader.getPageN(p).getAsDict(PdfName.RESOURCES);
            PdfDictionary fontDict = resources == null ? null : resources.getAsDict(PdfName.FONT);
            if (fontDict == null) {
                continue;
            }
            for (PdfName key : fontDict.getKeys()) {
                PdfDictionary font = fontDict.getAsDict(key);
                fonts.put(PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString()), isEmbedded(font));
            }
        }
        return fonts;
    }

    private static boolean isEmbedded(PdfDictionary font) {
        List<PdfDictionary> candidates = new ArrayList<>(List.of(font));
        if (font.getAsArray(PdfName.DESCENDANTFONTS) != null) {
            for (PdfObject d : font.getAsArray(PdfName.DESCENDANTFONTS).getElements()) {
                candidates.add((PdfDictionary) PdfReader.getPdfObject(d));
            }
        }
        for (PdfDictionary f : candidates) {
            PdfDictionary descriptor = f.getAsDict(PdfName.FONTDESCRIPTOR);
            if (descriptor != null && (descriptor.get(PdfName.FONTFILE2) != null
                    || descriptor.get(PdfName.FONTFILE3) != null || descriptor.get(PdfName.FONTFILE) != null)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        reader.close();
    }
}
