package org.dearmp.export;

import java.io.IOException;
import java.nio.file.Path;
import org.dearmp.letter.Letter;
import org.dearmp.letter.PlainTextLetter;
import org.dearmp.store.AtomicFiles;

/** A letter as a UTF-8 .txt file, laid out top to bottom as on paper. */
public final class TextExporter {

    private TextExporter() {
    }

    public static String toText(Letter letter) {
        return PlainTextLetter.document(letter);
    }

    public static void write(Letter letter, Path file) {
        try {
            AtomicFiles.writeString(file, toText(letter));
        } catch (IOException e) {
            throw new ExportException.WriteFailed(file, e);
        }
    }
}
