package org.dearmp.cli;

import java.util.ArrayList;
import java.util.List;
import org.dearmp.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Picocli's usage errors other than a bad value (see {@link PlainValueErrors}) in the interface's language, from
 * the exception's type and getters rather than its English message: an unknown option, an argument the command
 * does not take, a required option or parameter left out, an option without its value, an option given twice,
 * an unknown job for {@code help}. Names are quoted as picocli quotes them ('--out=FILE'), and picocli's
 * suggestions are kept ("Did you mean: --quiet?").
 */
final class PlainUsageErrors {

    private PlainUsageErrors() {
    }

    /** The message for {@code ex}, with a second line of suggestions if picocli has any; null for other kinds. */
    static String message(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return missing(missing);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException twice) {
            ArgSpec arg = twice.getOverwritten();
            return Messages.get("cli.usage.onlyOnce", quoted(arg instanceof OptionSpec option ? option.longestName()
                    : arg.paramLabel()));
        }
        String text = ex.getMessage();
        if (ex.getValue() != null && text != null && text.startsWith("Unknown subcommand")) {
            // Only `help` throws it, when the job it is asked about does not exist.
            return Messages.get("cli.usage.unknownCommand", quoted(ex.getValue()));
        }
        return null;
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException ex) {
        List<String> args = ex.getUnmatched();
        if (args.isEmpty()) {
            return null;
        }
        String quoted = quotedList(args);
        boolean one = args.size() == 1;
        String key = ex.isUnknownOption() ? (one ? "cli.usage.unknownOption" : "cli.usage.unknownOptions")
                : (one ? "cli.usage.unmatchedArgument" : "cli.usage.unmatchedArguments");
        String message = Messages.get(key, quoted);
        List<String> suggestions = ex.getSuggestions();
        if (suggestions.isEmpty()) {
            return message;
        }
        List<String> named = new ArrayList<>();
        // A job's suggestions are its name alone: said with the jobs above it ("letters reply"), not the root's
        // name, which may be dear-mp, java -jar ... or a script.
        String path = ex.isUnknownOption() ? "" : withoutRoot(ex.getCommandLine());
        for (String suggestion : suggestions) {
            named.add(path.isEmpty() ? suggestion : path + " " + suggestion);
        }
        return message + System.lineSeparator() + Messages.get("cli.usage.didYouMean", PlainValueErrors.inWords(named));
    }

    private static String missing(CommandLine.MissingParameterException ex) {
        List<ArgSpec> missing = ex.getMissing();
        if (missing == null || missing.isEmpty()) {
            return null;
        }
        String text = ex.getMessage() == null ? "" : ex.getMessage();
        if (missing.size() == 1 && missing.get(0) instanceof OptionSpec option
                && (text.startsWith("Missing required parameter for") || text.startsWith("Expected parameter for"))) {
            // The option was given, but not the value after it (or an option came where its value should be).
            return Messages.get("cli.usage.missingValue", option.longestName(), option.paramLabel());
        }
        boolean allOptions = missing.stream().allMatch(ArgSpec::isOption);
        List<String> names = missing.stream().map(PlainUsageErrors::name).toList();
        boolean one = names.size() == 1;
        String key = allOptions ? (one ? "cli.usage.missingOption" : "cli.usage.missingOptions")
                : (one ? "cli.usage.missingParameter" : "cli.usage.missingParameters");
        return Messages.get(key, String.join(", ", names));
    }

    /** As picocli names them: '--out=FILE' for an option that takes a value, '--json' for one that does not, 'ID'. */
    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            boolean takesValue = option.arity().max() > 0 && !option.type().equals(boolean.class)
                    && !option.type().equals(Boolean.class);
            return quoted(takesValue ? option.longestName() + "=" + option.paramLabel() : option.longestName());
        }
        return quoted(arg.paramLabel());
    }

    private static String withoutRoot(CommandLine line) {
        String qualified = line.getCommandSpec().qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1);
    }

    private static String quotedList(List<String> args) {
        return String.join(", ", args.stream().map(PlainUsageErrors::quoted).toList());
    }

    private static String quoted(String arg) {
        return "'" + arg + "'";
    }
}
