package org.dearmp.batch.check;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dearmp.batch.input.Supporter;

/**
 * The supporters of a checked file, as read, in a temporary file of the app's own: a letter is made
 * from its row here rather than from a second parse of the spreadsheet (which costs ten times more and
 * could have been saved again since). Rows are found by their place in the file, so a group of letters
 * reads only its own rows. The file is owner-only, locked while in use, deleted when the check is closed
 * or the app ends, and one left by a run that was killed is deleted by the next check.
 */
final class SpilledRows implements AutoCloseable {

    static final String PREFIX = "dear-mp-rows-";
    static final String SUFFIX = ".tmp";
    private static final int READ_AHEAD = 1 << 16;

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final DataOutputStream out;
    private final MessageDigest digest;
    private long[] offsets = new long[1025];
    private int count;
    private long written;
    private boolean sealed;
    private ByteBuffer window = ByteBuffer.allocate(0);
    private long windowStart;

    SpilledRows(Path folder) throws IOException {
        removeAbandoned(folder);
        path = Files.createTempFile(folder, PREFIX, SUFFIX);
        path.toFile().deleteOnExit();
        channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        lock = channel.tryLock();
        digest = sha256();
        OutputStream toFile = java.nio.channels.Channels.newOutputStream(channel);
        out = new DataOutputStream(new DigestOutputStream(new BufferedOutputStream(toFile, 1 << 16), digest));
    }

    /** Files an earlier run left when it was killed: a file still locked is another run's and stays. */
    private static void removeAbandoned(Path folder) {
        try (DirectoryStream<Path> spills = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path spill : spills) {
                try (FileChannel other = FileChannel.open(spill, StandardOpenOption.WRITE);
                     FileLock free = other.tryLock()) {
                    if (free != null) {
                        Files.deleteIfExists(spill);
                    }
                } catch (IOException | OverlappingFileLockException inUse) {
                    // Ours or another run's: not abandoned.
                }
            }
        } catch (IOException unreadable) {
            // Nothing to clean, or no right to: a new file is still made.
        }
    }

    void add(Supporter s) {
        try {
            if (count + 1 == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
            DataOutputStream row = new DataOutputStream(bytes);
            row.writeInt(s.row());
            for (String text : new String[] {s.firstName(), s.lastName(), s.fullName(), s.town(), s.postcode(), s.email(),
                s.message(), s.language()}) {
                writeText(row, text);
            }
            writeList(row, s.addressLines());
            writeList(row, s.points());
            bytes.writeTo(out);
            written += bytes.size();
            offsets[++count] = written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row is in: from now on rows are read. Returns the digest of all the rows, for the plan's hash. */
    byte[] seal() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sealed = true;
        return digest.digest();
    }

    int size() {
        return count;
    }

    Path path() {
        return path;
    }

    /** The supporter at this place, as it was read from the spreadsheet. */
    synchronized Supporter get(int ordinal) {
        if (!sealed) {
            throw new IllegalStateException("rows are still being added");
        }
        long start = offsets[ordinal];
        int length = (int) (offsets[ordinal + 1] - start);
        try {
            if (start < windowStart || start + length > windowStart + window.limit()) {
                window = ByteBuffer.allocate(Math.max(READ_AHEAD, length));
                windowStart = start;
                while (window.hasRemaining() && channel.read(window, windowStart + window.position()) > 0) {
                    // Reads until the window is full or the file ends.
                }
                window.flip();
            }
            ByteBuffer row = window.duplicate();
            row.position((int) (start - windowStart));
            return readSupporter(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Supporter readSupporter(ByteBuffer in) {
        int row = in.getInt();
        String[] texts = new String[8];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = readText(in);
        }
        List<String> address = readList(in);
        List<String> points = readList(in);
        return new Supporter(row, texts[0], texts[1], texts[2], address, texts[3], texts[4], texts[5], texts[6], points, texts[7]);
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void writeList(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            writeText(out, text);
        }
    }

    private static String readText(ByteBuffer in) {
        int length = in.getInt();
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static List<String> readList(ByteBuffer in) {
        int n = in.getInt();
        List<String> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            texts.add(readText(in));
        }
        return texts;
    }

    @Override
    public synchronized void close() {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // Closing the channel releases it too.
        }
        try {
            out.close();
        } catch (IOException ignored) {
            // The file is deleted below either way.
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // deleteOnExit is the fallback.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
