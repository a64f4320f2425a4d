package org.dearmp.batch.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;

/**
 * How a supporters file is encoded. Spreadsheets save CSV as UTF-8 (with or without a byte-order
 * mark), as Windows-1252 ("CSV" in older Excel), or as UTF-16 ("Unicode text"). We read all three;
 * a workbook or other binary file gets a message that says what to do instead.
 *
 * @param bomLength bytes to skip at the start
 * @param notice    a note for the user about a guess we made, or null
 */
public record TextEncoding(Charset charset, int bomLength, String notice) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Reads the file once, streaming, to decide. */
    public static TextEncoding detect(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(SupporterFile.openStream(file), 65536)) {
            byte[] head = in.readNBytes(4);
            if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
                requireValidUtf8(in, file);
                return new TextEncoding(StandardCharsets.UTF_8, 3, null);
            }
            if (startsWith(head, 0xFF, 0xFE, 0x00, 0x00) || startsWith(head, 0x00, 0x00, 0xFE, 0xFF)) {
                throw new DearMpException(Messages.get("batch.encoding.unsupported", file.getFileName(), "UTF-32"));
            }
            if (startsWith(head, 0xFF, 0xFE)) {
                return new TextEncoding(StandardCharsets.UTF_16LE, 2, null);
            }
            if (startsWith(head, 0xFE, 0xFF)) {
                return new TextEncoding(StandardCharsets.UTF_16BE, 2, null);
            }
            if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
                throw new DearMpException(Messages.get("batch.encoding.workbook", file.getFileName()));
            }
            if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
                throw new DearMpException(Messages.get("batch.encoding.workbook", file.getFileName()));
            }
            for (byte b : head) {
                if (b == 0) {
                    throw new DearMpException(Messages.get("batch.encoding.unsupported", file.getFileName(), "UTF-16"));
                }
            }
            if (isValidUtf8(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in))) {
                return new TextEncoding(StandardCharsets.UTF_8, 0, null);
            }
            return new TextEncoding(WINDOWS_1252, 0, Messages.get("batch.encoding.windows1252", file.getFileName()));
        }
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static void requireValidUtf8(InputStream in, Path file) throws IOException {
        if (!isValidUtf8(in)) {
            throw new DearMpException(Messages.get("batch.encoding.brokenUtf8", file.getFileName()));
        }
    }

    /** True when the rest of the stream decodes as UTF-8; NUL bytes mean a UTF-16 file without a mark. */
    private static boolean isValidUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(65536);
        CharBuffer chars = CharBuffer.allocate(65536);
        byte[] chunk = new byte[32768];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            bytes.put(chunk, 0, n);
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, false);
            if (result.isError()) {
                return false;
            }
            chars.clear();
            bytes.compact();
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, true);
        return !result.isError() && !bytes.hasRemaining();
    }
}
