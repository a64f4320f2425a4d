package org.dearmp.batch.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.Objects;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.store.Mappers;

import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run's log of finished letters, so an interrupted run (Cancel, a crash, a power cut after
 * the last flush) resumes where it stopped: one JSON line per letter, appended and flushed after
 * the letter's files are complete. The first line describes the plan; a run with a different plan
 * (another file, template or set of decisions) refuses to mix its letters into this folder.
 */
public final class BatchManifest implements Closeable {

    public static final String FILE_NAME = "batch-manifest.jsonl";
    /** A write to the operating system per letter cost more than the letter's .eml. */
    static final int LINES_PER_FLUSH = 32;
    private static final JsonMapper JSON = Mappers.json();

    /**
     * What a run is, so a resumed run makes exactly the same letters.
     *
     * @param planHash a digest of the rows to write, their constituencies and file names
     * @param date     the date on the letters: a run resumed tomorrow keeps today's date
     */
    public record Header(String planHash, String templateId, LocalDate date, int letters) {
        public Header {
            Objects.requireNonNull(planHash, "planHash");
            Objects.requireNonNull(templateId, "templateId");
            Objects.requireNonNull(date, "date");
        }
    }

    /** A finished letter: its row and the files written for it, relative to the output folder. */
    public record Entry(int row, List<String> files) {
        public Entry {
            files = List.copyOf(files);
        }
    }

    private final Path file;
    private final Header header;
    private final BitSet done;
    private final Writer writer;
    private int unflushed;
    private int recordedThisRun;

    private BatchManifest(Path file, Header header, BitSet done, Writer writer) {
        this.file = file;
        this.header = header;
        this.done = done;
        this.writer = writer;
    }

    /** What an output folder holds from an earlier run, if anything. */
    public static java.util.Optional<Header> existingHeader(Path outDir) {
        Path file = outDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try {
            String first = ManifestLines.first(file);
            return first == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(parseHeader(first));
        } catch (IOException | UncheckedIOException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Opens the manifest of {@code outDir} for this plan: a new one, or the one an interrupted run
     * of the same plan left, with its finished letters.
     */
    public static BatchManifest open(Path outDir, Header planned) throws IOException {
        return open(outDir, planned, entry -> true);
    }

    /**
     * As {@link #open(Path, Header)}, counting an earlier run's letter as finished only when
     * {@code stillWhole} says its files are; the others are written again. The file is read a line at
     * a time and rewritten with the finished letters only, so neither a torn last line nor a million
     * letters costs more than a bit a row.
     */
    public static BatchManifest open(Path outDir, Header planned, Predicate<Entry> stillWhole) throws IOException {
        return open(outDir, planned, planned.planHash()::equals, stillWhole);
    }

    /**
     * As {@link #open(Path, Header, Predicate)}, where {@code samePlan} also knows the fingerprint an
     * earlier version of the app gave this plan: such a folder is resumed, and its header says this
     * version's fingerprint from then on (its date and template kept).
     */
    public static BatchManifest open(Path outDir, Header planned, Predicate<String> samePlan, Predicate<Entry> stillWhole)
            throws IOException {
        Path file = outDir.resolve(FILE_NAME);
        BitSet done = new BitSet();
        Header header = planned;
        Header previous = Files.isRegularFile(file) ? existingHeader(outDir).orElse(null) : null;
        if (previous != null && !previous.planHash().equals(planned.planHash()) && !samePlan.test(previous.planHash())) {
            throw new DearMpException(Messages.get("batch.manifest.otherPlan", outDir));
        }
        Files.createDirectories(outDir);
        if (previous != null) {
            header = new Header(planned.planHash(), previous.templateId(), previous.date(), previous.letters());
            Header kept = header;
            // Rewritten without a torn last line or letters to write again, so appends start on a fresh line.
            org.dearmp.store.AtomicFiles.write(file, out -> {
                Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                text.write(headerLine(kept));
                text.write('\n');
                forEachEntry(outDir, entry -> {
                    if (entry.row() > 0 && !done.get(entry.row()) && stillWhole.test(entry)) {
                        done.set(entry.row());
                        try {
                            text.write(entryLine(entry));
                            text.write('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
                text.flush();
            });
        } else {
            org.dearmp.store.AtomicFiles.writeString(file, headerLine(header) + "\n");
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(file, StandardOpenOption.APPEND), StandardCharsets.UTF_8));
        return new BatchManifest(file, header, done, writer);
    }

    /** Each finished letter an earlier run recorded, read a line at a time, in the order written. */
    public static void forEachEntry(Path outDir, java.util.function.Consumer<Entry> consumer) throws IOException {
        boolean[] first = {true};
        ManifestLines.read(outDir.resolve(FILE_NAME), line -> {
            if (first[0]) {
                first[0] = false;
                return;
            }
            Entry entry = line == null ? null : parseEntry(line);
            if (entry != null) {
                consumer.accept(entry);
            }
        });
    }

    public Header header() {
        return header;
    }

    /** Whether an earlier run of this plan recorded the row's letter, whole (this run's letters are not kept). */
    public boolean isDone(int row) {
        return row > 0 && done.get(row);
    }

    /** Letters recorded, by earlier runs and this one. */
    public synchronized int doneCount() {
        return done.cardinality() + recordedThisRun;
    }

    /**
     * Call after the letter's files are complete. Lines reach the operating system in groups of
     * {@link #LINES_PER_FLUSH} (and at {@link #sync}, {@link #close}): a crash loses at most the last
     * group, whose letters a resumed run writes again, so a recorded letter is always a complete one.
     */
    public synchronized void recordDone(int row, List<String> files) {
        try {
            writer.write(entryLine(new Entry(row, files)));
            writer.write('\n');
            if (++unflushed >= LINES_PER_FLUSH) {
                writer.flush();
                unflushed = 0;
            }
        } catch (IOException e) {
            throw new DearMpException(Messages.get("batch.manifest.writeFailed", file, e.getMessage()), e);
        }
        // Only an earlier run's letters are looked up (when a run starts); this run's need no memory.
        if (!isDone(row)) {
            recordedThisRun++;
        }
    }

    /** {"row":7,"files":["letters/A.pdf","letters/A.eml"]}: the same line Jackson writes, without a tree per letter. */
    static String entryLine(Entry entry) {
        StringBuilder line = new StringBuilder(96).append("{\"row\":").append(entry.row()).append(",\"files\":[");
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        for (int i = 0; i < entry.files().size(); i++) {
            line.append(i == 0 ? "\"" : ",\"");
            encoder.quoteAsString(entry.files().get(i), line);
            line.append('"');
        }
        return line.append("]}").toString();
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }

    /** Forces the log to disk, e.g. at the end of a run. */
    public synchronized void sync() throws IOException {
        writer.flush();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static String headerLine(Header header) {
        ObjectNode head = JSON.createObjectNode();
        head.put("dearMpBatch", 1);
        head.put("plan", header.planHash());
        head.put("template", header.templateId());
        head.put("date", header.date().toString());
        head.put("letters", header.letters());
        return JSON.writeValueAsString(head);
    }

    /** The header line, or null when it is not one (another program's file, a torn write). */
    public static Header parseHeader(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node.path("dearMpBatch").asInt() != 1) {
                return null;
            }
            return new Header(node.path("plan").asString(), node.path("template").asString(),
                    LocalDate.parse(node.path("date").asString()), node.path("letters").asInt());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A finished letter's line, or null when it is not one. */
    public static Entry parseEntry(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (!node.has("row") || !node.path("files").isArray()) {
                return null;
            }
            List<String> files = new java.util.ArrayList<>();
            node.path("files").forEach(f -> files.add(f.asString()));
            return new Entry(node.path("row").asInt(), files);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
