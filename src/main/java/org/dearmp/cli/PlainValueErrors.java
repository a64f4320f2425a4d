package org.dearmp.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.i18n.Messages;
import org.dearmp.template.pack.PackFileNames;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Says in plain words, in the interface's language, what is wrong with the command line: an option's value not
 * of its type (a date, a number, a file name, one of a few words), instead of picocli's message naming a Java
 * class and an exception; an unknown option or an argument the command does not take (with picocli's
 * suggestions); a required option, parameter or value left out; an option given twice; a template pack given on
 * its own that is not there. Each is followed by where to find the help, not the whole usage. Any other usage
 * problem goes to picocli's own handler.
 */
final class PlainValueErrors implements CommandLine.IParameterExceptionHandler {

    private final CommandLine.IParameterExceptionHandler fallback;

    PlainValueErrors(CommandLine.IParameterExceptionHandler fallback) {
        this.fallback = fallback;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) throws Exception {
        if (ex instanceof CommandLine.UnmatchedArgumentException && args.length == 1
                && PackFileNames.hasPackExtension(args[0])) {
            // The launcher opens an existing pack in the desktop app; one that is not there ends up here.
            ex.getCommandLine().getErr().println(Messages.get("cli.packNotFound", args[0]));
            return DearMpCommand.EXIT_USAGE;
        }
        String message = ex instanceof Refused ? ex.getMessage() : plainMessage(ex);
        if (message == null) {
            message = PlainUsageErrors.message(ex);
        }
        if (message == null) {
            return fallback.handleParseException(ex, args);
        }
        CommandLine line = ex.getCommandLine();
        line.getErr().println(message);
        String command = line.getCommandSpec().qualifiedName(" ");
        // Without the root's name: the user may have started it as dear-mp, java -jar ... or a script.
        int space = command.indexOf(' ');
        line.getErr().println(space < 0 ? Messages.get("cli.value.helpRoot")
                : Messages.get("cli.value.help", command.substring(space + 1)));
        return DearMpCommand.EXIT_USAGE;
    }

    /**
     * Refuses a number below {@code min} for {@code option}, as a usage error said like a bad value. Picocli
     * only converts; a count of -5 or 0 would otherwise reach the code as an array size or a loop bound.
     */
    static void requireAtLeast(CommandLine.Model.CommandSpec spec, String option, long value, long min) {
        if (value < min) {
            throw new TooSmall(spec.commandLine(), Messages.get("cli.value.atLeast", option, min, String.valueOf(value)));
        }
    }

    /** A value of the right type that the option refuses, its message already in plain words. */
    static class Refused extends CommandLine.ParameterException {
        Refused(CommandLine line, String message) {
            super(line, message);
        }
    }

    /** A number of the right type but too small for what it counts. */
    static final class TooSmall extends Refused {
        TooSmall(CommandLine line, String message) {
            super(line, message);
        }
    }

    /** The message for a value that could not be converted to its option's type; null for anything else. */
    static String plainMessage(CommandLine.ParameterException ex) {
        ArgSpec arg = ex.getArgSpec();
        String value = ex.getValue();
        if (arg == null || value == null || ex.getMessage() == null || !ex.getMessage().startsWith("Invalid value for")) {
            return null;
        }
        Class<?> type = arg.type();
        if ((type.isArray() || java.util.Collection.class.isAssignableFrom(type)) && arg.auxiliaryTypes().length > 0) {
            type = arg.auxiliaryTypes()[0];
        } else if (type.isArray()) {
            type = type.getComponentType();
        }
        String name = name(arg);
        if (type == LocalDate.class) {
            return Messages.get("cli.value.date", name, value);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return Messages.get("cli.value.wholeNumber", name, value);
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return Messages.get("cli.value.number", name, value);
        }
        if (type == Path.class || type == java.io.File.class) {
            return Messages.get("cli.value.path", name, value);
        }
        if (type.isEnum()) {
            List<String> words = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                words.add(constant.toString());
            }
            return Messages.get("cli.value.oneOf", name, inWords(words), value);
        }
        return Messages.get("cli.value.other", name, value);
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return ((PositionalParamSpec) arg).paramLabel();
    }

    /** "pdf, eml or txt". */
    static String inWords(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return Messages.get("cli.value.list", String.join(", ", words.subList(0, words.size() - 1)),
                words.get(words.size() - 1));
    }
}
