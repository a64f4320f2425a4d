package org.dearmp.batch.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a manifest a line at a time, in memory bounded by one line however long the file: a letter's
 * line is about a hundred characters, so a line over {@value #MAX_LINE} is not one and is skipped. Bytes
 * that are not UTF-8 (a line torn inside a character by a crash) become U+FFFD, so that line only is
 * unreadable, never the file.
 */
final class ManifestLines {

    static final int MAX_LINE = 1 << 16;

    private ManifestLines() {
    }

    /** The first line, or null when the file is empty or it is too long to be a header. */
    static String first(Path file) throws IOException {
        String[] first = new String[1];
        boolean[] seen = new boolean[1];
        read(file, line -> {
            if (!seen[0]) {
                seen[0] = true;
                first[0] = line;
                throw new Stop();
            }
        });
        return first[0];
    }

    /** Every line in order; a line too long to be a manifest's is given as null. */
    static void read(Path file, Consumer<String> consumer) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                     1 << 16)) {
            StringBuilder line = new StringBuilder(128);
            boolean tooLong = false;
            for (int c; (c = reader.read()) >= 0; ) {
                if (c == '\n') {
                    consumer.accept(tooLong ? null : strip(line));
                    line.setLength(0);
                    tooLong = false;
                } else if (!tooLong) {
                    line.append((char) c);
                    if (line.length() > MAX_LINE) {
                        tooLong = true;
                        line.setLength(0);
                    }
                }
            }
            if (tooLong || line.length() > 0) {
                consumer.accept(tooLong ? null : strip(line));
            }
        } catch (Stop stop) {
            // The caller had what it needed.
        }
    }

    private static String strip(StringBuilder line) {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    /** Ends a read early without reading the rest of the file. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
