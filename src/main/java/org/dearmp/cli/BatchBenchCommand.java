package org.dearmp.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dearmp.batch.BatchCheck;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.BatchResult;
import org.dearmp.batch.BatchService;
import org.dearmp.batch.BatchSettings;
import org.dearmp.batch.CheckedRow;
import org.dearmp.batch.ColumnMapping;
import org.dearmp.batch.DefaultPolicy;
import org.dearmp.batch.SupporterFile;
import org.dearmp.i18n.Messages;
import org.dearmp.postcode.LocationMethod;
import org.dearmp.postcode.Postcode;
import org.dearmp.postcode.PostcodeIndex;
import org.dearmp.template.LetterTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dear-mp bench batch --n 1000,10000,50000}: makes N synthetic supporters at real postcodes
 * sampled from the bundled index, runs the whole batch (check, PDF and .eml per letter, the print
 * file, report, summary, map) into a temporary folder, and prints letters per second and peak heap.
 * Run it with {@code -Xmx400m} to show the memory bound holds.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Time whole batches of synthetic supporters at real postcodes.")
public final class BatchBenchCommand implements Callable<Integer> {

    private static final String[] FIRST = {"Siân", "Gwenllïan", "Dafydd", "Órfhlaith", "Łukasz", "Aisha", "Tom", "Mary",
        "Chidi", "Priya", "Eilidh", "Rhys", "Zofia", "Kwame", "Fiona", "Mohammed", "Ellen", "Jack", "Niamh", "Ifan"};
    private static final String[] LAST = {"Jones", "Ap Dafydd", "Ní Bhriain", "Kowalski", "Khan", "Smith", "Evans",
        "Okafor", "Patel", "MacLeod", "Williams", "Nowak", "Mensah", "Campbell", "Ahmed", "O'Brien", "Brown", "Ŵyn"};
    private static final String[] OPENINGS = {"I volunteer at a drop-in centre", "My sister works as a nurse",
        "I run a small café", "As a teacher", "I grew up near the port", "Our church supports a safe house",
        "I work in hotel housekeeping", "As a taxi driver", "I study law", "I am a retired police officer"};
    private static final String[] SEEN = {"and I have met women who were moved from town to town",
        "and I have seen signs that nobody followed up", "and I have heard how hard it is to get help",
        "and I worry that the people who profit are rarely caught", "and I know how little support survivors get",
        "and I have read the reports about our area", "and I have seen how quickly people disappear"};
    private static final String[] ASKS = {"Please raise this with the minister.", "Please visit a local project.",
        "Please ask a written question.", "Please push for specialist support.", "Please speak in the next debate."};

    @Spec
    CommandSpec spec;

    @Option(names = "--n", split = ",", defaultValue = "1000,10000,50000", description = "Batch sizes (default ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--template", defaultValue = "stronger-laws", description = "Template id (default ${DEFAULT-VALUE}).")
    String template;

    @Option(names = "--threads", defaultValue = "0", description = "Threads writing single letters (default: one per core).")
    int threads;

    @Option(names = "--keep", description = "Keep the output folders (they take about 30 KB per letter).")
    boolean keep;

    @Option(names = "--seed", defaultValue = "20261127", description = "Seed for the synthetic supporters.")
    long seed;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        BatchService service = BatchService.bundled();
        LetterTemplate letterTemplate = service.template(template);
        int max = Arrays.stream(sizes).max().orElse(0);
        List<Postcode> postcodes = samplePostcodes(max, new SplittableRandom(seed));
        int cores = Runtime.getRuntime().availableProcessors();
        int workers = threads > 0 ? threads : cores;
        out.println(Messages.get("cli.bench.batch.load", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        out.println(Messages.get("cli.bench.batch.title", cores, Runtime.getRuntime().maxMemory() / 1_048_576, workers,
                letterTemplate.id()));
        Path work = Files.createTempDirectory("dear-mp-bench-");
        try {
            // A small warm-up run, so the first figure is not mostly class loading and JIT.
            run(service, letterTemplate, postcodes.subList(0, Math.min(200, postcodes.size())), work.resolve("warmup"),
                    workers);
            out.println(Messages.get("cli.bench.batch.header"));
            for (int n : sizes) {
                Path dir = work.resolve("n" + n);
                Figures figures = run(service, letterTemplate, postcodes.subList(0, n), dir, workers);
                out.println(Messages.get("cli.bench.batch.row", n, figures.written, figures.checkMillis / 1000.0,
                        figures.writeMillis / 1000.0, figures.lettersPerSecond(), figures.peakHeapBytes / 1_048_576.0,
                        figures.diskBytes / 1_048_576.0, figures.printBytes / 1_048_576.0, figures.cpuMillis / 1000.0,
                        figures.lettersPerSecondIdle(cores)));
                out.flush();
                if (!keep) {
                    delete(dir);
                }
            }
        } finally {
            if (!keep) {
                delete(work);
            } else {
                out.println(work);
            }
        }
        return DearMpCommand.EXIT_OK;
    }

    /** @param cpuMillis CPU time of the whole process (all threads, GC included) during the run */
    private record Figures(int written, long checkMillis, long writeMillis, long peakHeapBytes, long diskBytes,
                           long printBytes, long cpuMillis) {
        double lettersPerSecond() {
            return written * 1000.0 / Math.max(1, checkMillis + writeMillis);
        }

        /** What the run would reach with every core to itself: letters per CPU-second times the cores. */
        double lettersPerSecondIdle(int cores) {
            return written * 1000.0 / Math.max(1, cpuMillis) * cores;
        }
    }

    /** CPU time used by this process so far; a shared, busy machine slows the clock, not this. */
    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private Figures run(BatchService service, LetterTemplate letterTemplate, List<Postcode> postcodes, Path dir, int workers)
            throws IOException {
        Files.createDirectories(dir);
        Path csv = dir.resolve("supporters.csv");
        writeSupporters(csv, postcodes, new SplittableRandom(seed + postcodes.size()));
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        SupporterFile file = service.open(csv);
        BatchCheck check = service.check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE);
        check.applyDefault(DefaultPolicy.BEST_GUESS);
        long checked = System.nanoTime();
        BatchSettings settings = new BatchSettings(dir.resolve("out"), letterTemplate.id(), "Bench", LocalDate.now(), workers);
        BatchResult result = service.write(check, letterTemplate, settings, false, BatchListener.NONE);
        long done = System.nanoTime();
        long cpu = processCpuNanos() - cpuStart;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long disk;
        try (Stream<Path> files = Files.walk(settings.outDir())) {
            disk = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        long print = result.printFile() == null ? 0 : Files.size(result.printFile());
        if (check.count(CheckedRow.Status.READY) != result.written()) {
            throw new IllegalStateException("written " + result.written() + " of " + check.count(CheckedRow.Status.READY));
        }
        return new Figures(result.written(), (checked - start) / 1_000_000, (done - checked) / 1_000_000, peak, disk, print,
                cpu / 1_000_000);
    }

    /** Distinct real postcodes placed exactly in a constituency, spread over the whole country. */
    static List<Postcode> samplePostcodes(int n, SplittableRandom random) {
        PostcodeIndex index = PostcodeIndex.loadBundled();
        Postcode[] reservoir = new Postcode[n];
        long[] seen = {0};
        index.forEach((postcode, entry) -> {
            if (entry.method() != LocationMethod.EXACT) {
                return;
            }
            long i = seen[0]++;
            if (i < n) {
                reservoir[(int) i] = postcode;
            } else {
                long j = random.nextLong(i + 1);
                if (j < n) {
                    reservoir[(int) j] = postcode;
                }
            }
        });
        List<Postcode> sample = new ArrayList<>(Arrays.asList(reservoir));
        java.util.Collections.shuffle(sample, new java.util.Random(random.nextLong()));
        return sample;
    }

    private static void writeSupporters(Path csv, List<Postcode> postcodes, SplittableRandom random) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("First name,Last name,Address 1,Town,Postcode,Email,Personal message,Point 1\r\n");
            for (int i = 0; i < postcodes.size(); i++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                String message = OPENINGS[random.nextInt(OPENINGS.length)] + ", " + SEEN[random.nextInt(SEEN.length)]
                        + ". " + (i % 7 == 0 ? "" : "Last year " + (2 + random.nextInt(40)) + " people in my street signed our petition. ")
                        + ASKS[random.nextInt(ASKS.length)];
                w.write(first + "," + csvCell(last + " " + i) + "," + (1 + random.nextInt(200)) + " High Street,Town,"
                        + postcodes.get(i) + ",supporter" + i + "@example.org," + csvCell(message) + ","
                        + csvCell("My point number " + i) + "\r\n");
            }
        }
    }

    private static String csvCell(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
