package org.dearmp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.run.BatchResult;
import org.dearmp.app.AppContext;
import org.dearmp.bench.SyntheticSupporters;
import org.dearmp.batch.run.BatchService;
import org.dearmp.batch.run.BatchSettings;
import org.dearmp.batch.check.CheckedRow;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.i18n.Messages;
import org.dearmp.postcode.Postcode;
import org.dearmp.template.LetterTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dear-mp bench batch --n 1000,10000,50000}: makes N synthetic supporters at real postcodes
 * sampled from the bundled index, runs the whole batch (check, PDF and .eml per letter, the print
 * file, report, summary, map) into a temporary folder, and prints letters per second, the heap the run keeps alive and the process's peak memory.
 * Run it with {@code -Xmx400m} to show the memory bound holds.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Time whole batches of synthetic supporters at real postcodes.")
public final class BatchBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--n", split = ",", defaultValue = "1000,10000,50000", description = "Batch sizes (default ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--template", defaultValue = "stronger-laws", description = "Template id (default ${DEFAULT-VALUE}).")
    String template;

    @Option(names = "--threads", defaultValue = "0", description = "Threads writing single letters (default: one per core).")
    int threads;

    @Option(names = "--cold", defaultValue = "10000",
            description = "Letters in a first batch timed in the fresh JVM, before any warm-up (default ${DEFAULT-VALUE}; 0: none).")
    int cold;

    @Option(names = "--warmup", defaultValue = "4000",
            description = "Letters run, untimed, before the sizes are timed (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--keep", description = "Keep the output folders (they take about 30 KB per letter).")
    boolean keep;

    @Option(names = "--seed", defaultValue = "20261127", description = "Seed for the synthetic supporters.")
    long seed;

    private final AppContext context;

    BatchBenchCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        for (int n : sizes) {
            PlainValueErrors.requireAtLeast(spec, "--n", n, 1);
        }
        PlainValueErrors.requireAtLeast(spec, "--cold", cold, 0);
        PlainValueErrors.requireAtLeast(spec, "--warmup", warmup, 0);
        PlainValueErrors.requireAtLeast(spec, "--threads", threads, 0);
        PrintWriter out = spec.commandLine().getOut();
        BatchService service = context.batch();
        LetterTemplate letterTemplate = service.template(template);
        int max = Math.max(Math.max(cold, warmup), Arrays.stream(sizes).max().orElse(0));
        List<Postcode> postcodes = SyntheticSupporters.samplePostcodes(context.postcodeIndex(), max, new SplittableRandom(seed));
        int cores = Runtime.getRuntime().availableProcessors();
        int workers = threads > 0 ? threads : cores;
        out.println(Messages.get("cli.bench.batch.load", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        out.println(Messages.get("cli.bench.batch.title", cores, Runtime.getRuntime().maxMemory() / 1_048_576, workers,
                letterTemplate.id()));
        Path work = Files.createTempDirectory("dear-mp-bench-");
        try {
            if (cold > 0) {
                // What one batch from the command line meets: the JIT compiler still busy with the code.
                out.println(Messages.get("cli.bench.batch.cold"));
                out.println(Messages.get("cli.bench.batch.header"));
                printRow(out, cold, run(service, letterTemplate, postcodes.subList(0, cold), work.resolve("cold"), workers),
                        cores);
                delete(work.resolve("cold"));
            }
            // Warmed up, as a benchmark harness would: the figures then say what the code costs, not the JIT.
            run(service, letterTemplate, postcodes.subList(0, Math.max(1, warmup)), work.resolve("warmup"), workers);
            delete(work.resolve("warmup"));
            out.println(Messages.get("cli.bench.batch.warm", warmup));
            out.println(Messages.get("cli.bench.batch.header"));
            for (int n : sizes) {
                Path dir = work.resolve("n" + n);
                printRow(out, n, run(service, letterTemplate, postcodes.subList(0, n), dir, workers), cores);
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

    private static void printRow(PrintWriter out, int n, Figures figures, int cores) {
        out.println(Messages.get("cli.bench.batch.row", n, figures.written, figures.checkMillis / 1000.0,
                figures.writeMillis / 1000.0, figures.lettersPerSecond(), figures.liveHeapBytes / 1_048_576.0,
                figures.peakResidentBytes / 1_048_576.0, figures.diskBytes / 1_048_576.0, figures.printBytes / 1_048_576.0,
                figures.cpuMillis / 1000.0, figures.lettersPerSecondIdle(cores)));
        out.flush();
    }

    /** @param cpuMillis CPU time of the whole process (all threads, GC included) during the run */
    private record Figures(int written, long checkMillis, long writeMillis, long liveHeapBytes, long peakResidentBytes,
                           long diskBytes, long printBytes, long cpuMillis) {
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
        SyntheticSupporters.write(csv, postcodes, new SplittableRandom(seed + postcodes.size()));
        System.gc();
        ResidentMemory.resetPeak();
        LiveHeap liveHeap = new LiveHeap();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        SupporterFile file = service.open(csv);
        try (BatchCheck check = service.check(file, ColumnMapping.autoDetect(file.headers()), liveHeap)) {
            check.applyDefault(DefaultPolicy.BEST_GUESS);
            long checked = System.nanoTime();
            BatchSettings settings = new BatchSettings(dir.resolve("out"), letterTemplate.id(), "Bench", LocalDate.now(context.clock()), workers);
            BatchResult result = service.write(check, letterTemplate, settings, false, liveHeap);
            long done = System.nanoTime();
            long cpu = processCpuNanos() - cpuStart;
            long peakResident = ResidentMemory.peakBytes();
            long disk;
            try (Stream<Path> files = Files.walk(settings.outDir())) {
                disk = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            long print = result.printFile() == null ? 0 : Files.size(result.printFile());
            if (check.count(CheckedRow.Status.READY) != result.written()) {
                throw new IllegalStateException("written " + result.written() + " of " + check.count(CheckedRow.Status.READY));
            }
            return new Figures(result.written(), (checked - start) / 1_000_000, (done - checked) / 1_000_000,
                    liveHeap.maxBytes(), peakResident, disk, print, cpu / 1_000_000);
        }
    }

    /**
     * The most heap in use straight after a collection, sampled as the run reports progress: what the
     * run keeps alive, as opposed to garbage the collector has not reached yet.
     */
    private static final class LiveHeap implements BatchListener {
        private final List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        private final java.util.concurrent.atomic.AtomicLong max = new java.util.concurrent.atomic.AtomicLong();

        @Override
        public void checked(int rows) {
            sample();
        }

        @Override
        public void progress(org.dearmp.batch.BatchProgress progress) {
            sample();
        }

        private void sample() {
            long afterCollection = 0;
            for (MemoryPoolMXBean pool : heap) {
                java.lang.management.MemoryUsage usage = pool.getCollectionUsage();
                afterCollection += usage == null ? 0 : usage.getUsed();
            }
            max.accumulateAndGet(afterCollection, Math::max);
        }

        long maxBytes() {
            return max.get();
        }
    }

    /** The process's resident-set high-water mark (Linux), reset before each run; 0 where it cannot be read. */
    private static final class ResidentMemory {
        private static final Path STATUS = Path.of("/proc/self/status");

        static void resetPeak() {
            try {
                Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // Not Linux, or not allowed: the figure then covers the whole process so far.
            }
        }

        static long peakBytes() {
            try {
                for (String line : Files.readAllLines(STATUS)) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return 0;
            }
            return 0;
        }
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
