package org.dearmp.cli;

import org.dearmp.app.AppContext;
import org.dearmp.bench.ExportBenchLetters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.dearmp.i18n.Messages;
import org.dearmp.postcode.ParsedPostcode;
import org.dearmp.postcode.Postcode;
import org.dearmp.postcode.PostcodeIndex;
import org.dearmp.postcode.PostcodeParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dear-mp bench}: prints speed and size figures (the targets live here, not in timed tests). For
 * developers, so hidden from the user's list of commands; {@code dear-mp bench --help} still shows it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BatchBenchCommand.class, BenchSupportersCommand.class}, hidden = true,
        description = "Measure the app's data structures and print the figures.")
public final class BenchCommand {

    @Spec
    CommandSpec spec;

    private final AppContext context;

    BenchCommand(AppContext context) {
        this.context = context;
    }

    @Command(name = "index", mixinStandardHelpOptions = true,
            description = "Size, load time, lookup time and heap of the bundled postcode index.")
    int index(@Option(names = "--lookups", defaultValue = "1000000", description = "Random lookups to time (default ${DEFAULT-VALUE}).") int lookups,
              @Option(names = "--loads", defaultValue = "30", description = "Repeated loads to time (default ${DEFAULT-VALUE}).") int loads,
              @Option(names = "--seed", defaultValue = "20240704", description = "Seed for the random postcodes.") long seed)
            throws IOException {
        PlainValueErrors.requireAtLeast(spec, "--lookups", lookups, 1);
        PlainValueErrors.requireAtLeast(spec, "--loads", loads, 1);
        PrintWriter out = spec.commandLine().getOut();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long coldCpuStart = threads.getCurrentThreadCpuTime();
        long coldStart = System.nanoTime();
        PostcodeIndex first = PostcodeIndex.loadBundled();
        long coldNanos = System.nanoTime() - coldStart;
        long coldCpuNanos = threads.getCurrentThreadCpuTime() - coldCpuStart;
        long fileBytes;
        try (InputStream in = PostcodeIndex.class.getResourceAsStream(PostcodeIndex.BUNDLED_RESOURCE)) {
            fileBytes = in.readAllBytes().length;
        }
        out.println(Messages.get("postcode.bench.title"));
        out.println(Messages.get("postcode.bench.size", fileBytes, fileBytes / 1_048_576.0, first.size(),
                first.sectorCount(), (double) fileBytes / first.size()));
        Reference.reachabilityFence(first);
        first = null;

        long[] loadNanos = new long[loads];
        long[] loadCpuNanos = new long[loads];
        for (int i = 0; i < loads; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            PostcodeIndex again = PostcodeIndex.loadBundled();
            loadNanos[i] = System.nanoTime() - start;
            loadCpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            Reference.reachabilityFence(again);
        }
        Arrays.sort(loadNanos);
        Arrays.sort(loadCpuNanos);
        out.println(Messages.get("postcode.bench.load", coldNanos / 1e6, coldCpuNanos / 1e6, loads,
                percentile(loadNanos, 50) / 1e6, percentile(loadCpuNanos, 50) / 1e6, loadNanos[0] / 1e6));

        long before = usedHeapAfterGc();
        PostcodeIndex index = PostcodeIndex.loadBundled();
        long after = usedHeapAfterGc();
        out.println(Messages.get("postcode.bench.heap", (after - before) / 1_048_576.0,
                index.approximateHeapBytes() / 1_048_576.0));

        List<Postcode> all = new ArrayList<>(index.size());
        index.forEach((postcode, entry) -> all.add(postcode));
        SplittableRandom random = new SplittableRandom(seed);
        Postcode[] sample = new Postcode[lookups];
        String[] typed = new String[lookups];
        for (int i = 0; i < lookups; i++) {
            sample[i] = all.get(random.nextInt(all.size()));
            typed[i] = sample[i].toString().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        }

        long[] find = timeFinds(index, sample); // warm-up: lets the JIT compile the lookup
        find = timeFinds(index, sample);
        out.println(Messages.get("postcode.bench.find", lookups, percentile(find, 50) / 1000.0,
                percentile(find, 99) / 1000.0, timerOverheadNanos()));
        long[] parseFind = timeParseAndFind(index, typed);
        parseFind = timeParseAndFind(index, typed);
        out.println(Messages.get("postcode.bench.parseFind", lookups, percentile(parseFind, 50) / 1000.0,
                percentile(parseFind, 99) / 1000.0));
        out.println(Messages.get("postcode.bench.targets"));
        Reference.reachabilityFence(index);
        return DearMpCommand.EXIT_OK;
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Letters per second for single PDFs, .eml files and one merged print PDF.")
    int export(@Option(names = "--letters", defaultValue = "5000", description = "Letters to write (default ${DEFAULT-VALUE}).") int letters,
               @Option(names = "--threads", defaultValue = "2", description = "Threads writing single PDFs (default ${DEFAULT-VALUE}).") int threads)
            throws Exception {
        PlainValueErrors.requireAtLeast(spec, "--letters", letters, 1);
        PlainValueErrors.requireAtLeast(spec, "--threads", threads, 1);
        PrintWriter out = spec.commandLine().getOut();
        java.util.List<org.dearmp.letter.Letter> sample = ExportBenchLetters.make(context.parliament(),
                context.templates().bundled().templates(), letters);
        org.dearmp.bench.ExportBench.Figures f = new org.dearmp.bench.ExportBench(context.clock()).run(sample, threads);
        out.println(Messages.get("export.bench.title", f.letters(), Runtime.getRuntime().availableProcessors()));
        out.println(Messages.get("export.bench.pdf", f.pdfPerSecond(), f.threads(), f.pdfCpuMs(), f.pdfBytesPerLetter()));
        out.println(Messages.get("export.bench.eml", f.emlPerSecond(), f.emlCpuMs(), f.emlBytesPerLetter()));
        out.println(Messages.get("export.bench.merged", f.mergedPerSecond(), f.mergedCpuMs(), f.mergedPages(),
                f.mergedBytesPerLetter()));
        out.println(Messages.get("export.bench.note"));
        out.flush();
        return DearMpCommand.EXIT_OK;
    }

    private static long[] timeFinds(PostcodeIndex index, Postcode[] sample) {
        long[] nanos = new long[sample.length];
        int found = 0;
        for (int i = 0; i < sample.length; i++) {
            long start = System.nanoTime();
            found += index.find(sample[i]).isPresent() ? 1 : 0;
            nanos[i] = System.nanoTime() - start;
        }
        if (found != sample.length) {
            throw new IllegalStateException("Only " + found + " of " + sample.length + " real postcodes were found");
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long[] timeParseAndFind(PostcodeIndex index, String[] typed) {
        long[] nanos = new long[typed.length];
        int found = 0;
        for (int i = 0; i < typed.length; i++) {
            long start = System.nanoTime();
            ParsedPostcode parsed = PostcodeParser.parse(typed[i]);
            if (parsed instanceof ParsedPostcode.Valid valid && index.find(valid.postcode()).isPresent()) {
                found++;
            }
            nanos[i] = System.nanoTime() - start;
        }
        if (found != typed.length) {
            throw new IllegalStateException("Only " + found + " of " + typed.length + " typed postcodes were found");
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** What one pair of System.nanoTime calls costs here: it is included in each timed lookup. */
    private static long timerOverheadNanos() {
        long[] nanos = new long[100_000];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return percentile(nanos, 50);
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) ((long) sorted.length * percent / 100))];
    }

    private static long usedHeapAfterGc() {
        // Several collections: the first may leave garbage that a later one finds unreachable.
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
