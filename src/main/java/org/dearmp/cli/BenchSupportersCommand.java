package org.dearmp.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.dearmp.app.AppContext;
import org.dearmp.bench.SyntheticSupporters;
import org.dearmp.i18n.Messages;
import org.dearmp.postcode.Postcode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dear-mp bench supporters --n N --out FILE}: the synthetic supporters of {@code bench batch} as a
 * file, so a harness outside the JVM (bench/compare.sh) can time {@code dear-mp batch} on them as a user
 * would run it, and give peer tools the same letters.
 */
@Command(name = "supporters", mixinStandardHelpOptions = true,
        description = "Write a supporters CSV of N synthetic supporters at real postcodes.")
public final class BenchSupportersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--n", required = true, description = "Number of supporters (rows after the header).")
    int n;

    @Option(names = "--out", required = true, description = "The CSV file to write (replaced if it exists).")
    Path out;

    @Option(names = "--seed", defaultValue = "20261127", description = "Seed for the synthetic supporters (default ${DEFAULT-VALUE}).")
    long seed;

    private final AppContext context;

    BenchSupportersCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), Messages.get("cli.bench.supporters.badCount", n));
        }
        List<Postcode> postcodes = SyntheticSupporters.samplePostcodes(context.postcodeIndex(), n, new SplittableRandom(seed));
        // The same seeds as bench batch, so a size written here is the batch that bench times at that size.
        SyntheticSupporters.write(out, postcodes, new SplittableRandom(seed + n));
        spec.commandLine().getOut().println(Messages.get("cli.bench.supporters.written", n, out));
        return DearMpCommand.EXIT_OK;
    }
}
