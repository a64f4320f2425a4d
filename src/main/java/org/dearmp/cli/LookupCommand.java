package org.dearmp.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.dearmp.i18n.Messages;
import org.dearmp.lookup.LookupResult;
import org.dearmp.lookup.LookupService;
import org.dearmp.parliament.Parliament;
import org.dearmp.app.AppContext;
import org.dearmp.core.DearMpException;
import org.dearmp.core.UkDates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dear-mp lookup POSTCODE...}: constituency and MP for each postcode, as text or JSON Lines. */
@Command(name = "lookup", mixinStandardHelpOptions = true)
final class LookupCommand implements Callable<Integer> {
    /** Lines written between flushes when streaming thousands of answers. */
    private static final int FLUSH_EVERY = 256;
    private static final Pattern OUTWARD = Pattern.compile("[A-Za-z]{1,2}[0-9OoIi][A-Za-z0-9]?");
    private static final Pattern INWARD = Pattern.compile("[0-9OoIi][A-Za-z]{2}");

    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "POSTCODE", descriptionKey = "postcodes")
    List<String> postcodes = new ArrayList<>();

    @Option(names = "--csv", paramLabel = "FILE")
    Path csv;

    @Option(names = "--column", paramLabel = "HEADER")
    String column;

    @Option(names = "--json")
    boolean json;

    LookupCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LookupService service = context.lookup();
        Parliament parliament = service.parliament();
        PrintWriter out = new PrintWriter(spec.commandLine().getOut(), false);
        LookupPrinter printer = json ? new JsonLookupPrinter(service) : new TextLookupPrinter(service);
        parliament.ageWarning(LocalDate.now(context.clock()))
                .ifPresent(w -> spec.commandLine().getErr().println(Messages.get("parliament.cli.warning", w)));

        if (postcodes.isEmpty() && csv == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("lookup.cli.nothingToLookUp"));
        }
        List<String> arguments = joinSplitPostcodes(postcodes);
        boolean single = csv == null && arguments.size() == 1 && !arguments.get(0).equals("-");
        LookupResult last = null;
        int written = 0;
        if (csv != null) {
            written += CsvPostcodes.read(csv, column, postcode -> printer.print(service.lookup(postcode), out));
        }
        for (String argument : arguments) {
            if (argument.equals("-")) {
                written = lookUpStandardInput(service, printer, out, written);
                continue;
            }
            last = service.lookup(argument);
            printer.print(last, out);
            written++;
        }
        if (!json) {
            out.println(Messages.get("lookup.cli.dataAsOf", UkDates.date(parliament.dataAsOf())));
        }
        out.flush();
        return single ? exitCode(last) : DearMpCommand.EXIT_OK;
    }

    /** Far longer than a postcode, or a CSV row of one: a longer line is not a list of postcodes. */
    private static final int MAX_LINE_CHARS = 1000;

    private int lookUpStandardInput(LookupService service, LookupPrinter printer, PrintWriter out, int written) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            String line;
            boolean first = true;
            int lineNumber = 0;
            while ((line = boundedLine(in, ++lineNumber)) != null) {
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a byte order mark, as Windows tools write at the start
                }
                first = false;
                if (line.isBlank()) {
                    continue;
                }
                printer.print(service.lookup(line), out);
                if (++written % FLUSH_EVERY == 0) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /**
     * The next line, without its end; null at the end of the input. The input is streamed, so a million
     * postcodes are fine, but one line is held whole: one that never ends ({@code < /dev/zero}) is refused.
     */
    private static String boundedLine(BufferedReader in, int lineNumber) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (line.length() >= MAX_LINE_CHARS) {
                throw new DearMpException(Messages.get("lookup.cli.lineTooLong", lineNumber, MAX_LINE_CHARS));
            }
            line.append((char) c);
        }
        if (c < 0 && line.isEmpty()) {
            return null;
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    /**
     * {@code dear-mp lookup BT1 1AA} without quotes arrives as two arguments: put an outward code and
     * the inward code after it back together, so the user gets one answer rather than two errors.
     */
    static List<String> joinSplitPostcodes(List<String> arguments) {
        List<String> joined = new ArrayList<>(arguments.size());
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (i + 1 < arguments.size() && INWARD.matcher(arguments.get(i + 1).strip()).matches()
                    && OUTWARD.matcher(argument.strip()).matches()) {
                joined.add(argument.strip() + " " + arguments.get(i + 1).strip());
                i++;
            } else {
                joined.add(argument);
            }
        }
        return joined;
    }

    static int exitCode(LookupResult result) {
        return switch (result.status()) {
            case FOUND -> DearMpCommand.EXIT_OK;
            case CHOOSE -> DearMpCommand.EXIT_CHOOSE;
            case NO_LOCATION, NOT_REPRESENTED -> DearMpCommand.EXIT_NO_MP;
            case INVALID -> DearMpCommand.EXIT_INVALID_INPUT;
        };
    }

    /** Writes one outcome. */
    interface LookupPrinter {
        void print(LookupResult result, PrintWriter out);
    }
}
