package org.dearmp.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The bytes of a small PDF file as it is written: numbered objects, remembered offsets, then the
 * cross-reference table and trailer. Also serves as a plain byte builder for content streams.
 */
final class PdfBody {

    private byte[] bytes;
    private int length;
    private final long[] offsets;
    /** Where copied blocks with a known digest begin and end in {@link #bytes}, in pairs. */
    private int[] digested = new int[0];
    private byte[][] digests = new byte[0][];

    /**
     * @param objects  how many objects the file will have (numbered from 1)
     * @param capacity a good guess at the final size, so the bytes are not copied as they grow
     */
    PdfBody(int objects, int capacity) {
        offsets = new long[objects + 1];
        bytes = new byte[Math.max(256, capacity)];
    }

    PdfBody begin(int object) {
        offsets[object] = length;
        return ascii(object).ascii(" 0 obj\n");
    }

    /**
     * Objects written before, numbered from {@code first}, with their offsets within {@code data}; the
     * file's identifier takes {@code digest} (of {@code data}) in their place, so a font copied into
     * thousands of letters is not hashed again in each.
     */
    PdfBody objects(byte[] data, int[] relativeOffsets, int first, byte[] digest) {
        for (int i = 0; i < relativeOffsets.length; i++) {
            offsets[first + i] = length + relativeOffsets[i];
        }
        int n = digests.length;
        digested = Arrays.copyOf(digested, 2 * n + 2);
        digests = Arrays.copyOf(digests, n + 1);
        digested[2 * n] = length;
        digested[2 * n + 1] = length + data.length;
        digests[n] = digest;
        return raw(data);
    }

    long offsetOf(int object) {
        return offsets[object];
    }

    PdfBody end() {
        return ascii("\nendobj\n");
    }

    PdfBody ref(int object) {
        return ascii(object).ascii(" 0 R");
    }

    PdfBody raw(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, length, data.length);
        length += data.length;
        return this;
    }

    /** Only for text known to be ASCII: PDF names, numbers and operators. */
    PdfBody ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    PdfBody ascii(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    PdfBody ascii(int number) {
        return ascii(Integer.toString(number));
    }

    /** A number to two decimal places, without trailing zeros (positions and sizes in points). */
    PdfBody number(float value) {
        long hundredths = Math.round(value * 100.0);
        if (hundredths < 0) {
            ascii('-');
            hundredths = -hundredths;
        }
        ascii(Long.toString(hundredths / 100));
        int fraction = (int) (hundredths % 100);
        if (fraction != 0) {
            ascii('.').ascii((char) ('0' + fraction / 10));
            if (fraction % 10 != 0) {
                ascii((char) ('0' + fraction % 10));
            }
        }
        return this;
    }

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    PdfBody hex4(int value) {
        ensure(4);
        bytes[length++] = HEX[(value >>> 12) & 0xf];
        bytes[length++] = HEX[(value >>> 8) & 0xf];
        bytes[length++] = HEX[(value >>> 4) & 0xf];
        bytes[length++] = HEX[value & 0xf];
        return this;
    }

    /**
     * A PDF text string: a literal when the text is plain ASCII, else UTF-16 with a byte-order mark,
     * which every reader understands for any language.
     */
    PdfBody text(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            char c = text.charAt(i);
            ascii = c >= 0x20 && c < 0x7f;
        }
        if (ascii) {
            ascii('(');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(' || c == ')' || c == '\\') {
                    ascii('\\');
                }
                ascii(c);
            }
            return ascii(')');
        }
        ascii("<FEFF");
        for (int i = 0; i < text.length(); i++) {
            hex4(text.charAt(i));
        }
        return ascii('>');
    }

    byte[] bytes() {
        return Arrays.copyOf(bytes, length);
    }

    /** The cross-reference table and the trailer; after this the file is complete. */
    void finish(int root, int info) {
        int xref = length;
        int objects = offsets.length;
        ascii("xref\n0 ").ascii(objects).ascii("\n0000000000 65535 f \n");
        for (int i = 1; i < objects; i++) {
            String offset = Long.toString(offsets[i]);
            ascii("0000000000".substring(offset.length())).ascii(offset).ascii(" 00000 n \n");
        }
        byte[] id = contentId();
        ascii("trailer\n<< /Size ").ascii(objects).ascii(" /Root ").ref(root).ascii(" /Info ").ref(info).ascii(" /ID [<");
        hexBytes(id);
        ascii("> <");
        hexBytes(id);
        ascii(">] >>\nstartxref\n").ascii(xref).ascii("\n%%EOF\n");
    }

    /**
     * The file identifier, from everything written before it (the dates included), so the same letter
     * at the same time is the same file, byte for byte, and any other letter or time gets another ID.
     */
    private byte[] contentId() {
        MessageDigest md5 = md5();
        int from = 0;
        for (int i = 0; i < digests.length; i++) {
            md5.update(bytes, from, digested[2 * i] - from);
            md5.update(digests[i]);
            from = digested[2 * i + 1];
        }
        md5.update(bytes, from, length - from);
        return md5.digest();
    }

    /** A digest to stand for {@code data} in a file's identifier (16 bytes, MD5 as the PDF reference suggests). */
    static byte[] fileId(byte[] data, int length) {
        MessageDigest md5 = md5();
        md5.update(data, 0, length);
        return md5.digest();
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }

    private void hexBytes(byte[] data) {
        for (byte b : data) {
            ascii((char) HEX[(b >>> 4) & 0xf]).ascii((char) HEX[b & 0xf]);
        }
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
