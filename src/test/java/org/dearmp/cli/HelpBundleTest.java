package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every text of the command line's help (each listed job's description, each option's and parameter's) comes from
 * the help bundle, in English and in Welsh, and no sentence of it is left in English in the Welsh. Walks the
 * whole command tree as picocli builds it, so a new option without its two texts fails here.
 */
class HelpBundleTest {
    /** Picocli's own parts (the help job and -h/-V), whose English is picocli's when no bundle is set. */
    private static final Set<String> PICOCLI_OWN = Set.of("dear-mp help");

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    /** Each listed job's texts by a name ("dear-mp letter --postcode"), read with the help bundle in use. */
    private Map<String, String> texts(Language language) {
        CommandLine line = DearMpCommand.commandLine(userData.context());
        DearMpCommand.useLanguage(line, language);
        Map<String, String> texts = new LinkedHashMap<>();
        collect(line.getCommandSpec(), texts);
        return texts;
    }

    private static void collect(CommandSpec command, Map<String, String> texts) {
        String name = command.qualifiedName();
        String[] header = command.usageMessage().header();
        texts.put(name, String.join(" ", header.length > 0 ? header : command.usageMessage().description()));
        List<ArgSpec> args = new ArrayList<>(command.positionalParameters());
        args.addAll(command.options());
        for (ArgSpec arg : args) {
            if (!arg.hidden()) {
                String argName = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
                texts.put(name + " " + argName, String.join(" ", arg.description()));
            }
        }
        for (CommandLine sub : command.subcommands().values()) {
            // The developers' bench jobs are hidden from the help and keep their English.
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                collect(sub.getCommandSpec(), texts);
            }
        }
    }

    @Test
    void everyJobOptionAndParameterHasItsTextInEnglishAndWelsh() {
        Map<String, String> english = texts(Language.ENGLISH);
        Map<String, String> welsh = texts(Language.WELSH);
        assertThat(english).hasSizeGreaterThan(60).containsKeys("dear-mp letter --postcode", "dear-mp letters reply ID",
                "dear-mp --language", "dear-mp letter --verbose", "dear-mp help");
        assertThat(welsh.keySet()).isEqualTo(english.keySet());
        List<String> problems = new ArrayList<>();
        english.forEach((name, text) -> {
            String cy = welsh.get(name);
            if (text.isBlank()) {
                problems.add(name + ": no English");
            }
            if (cy.isBlank()) {
                problems.add(name + ": no Welsh");
            } else if (cy.strip().equals(text.strip()) && words(text) >= 4) {
                problems.add(name + ": the Welsh is the English: " + text);
            }
        });
        assertThat(problems).as("help texts missing, or left in English in Welsh").isEmpty();
    }

    @Test
    void noTextIsLeftInTheAnnotations() {
        CommandLine line = DearMpCommand.commandLine(userData.context());
        line.setResourceBundle(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[0][];
            }
        });
        Map<String, String> texts = new LinkedHashMap<>();
        collect(line.getCommandSpec(), texts);
        List<String> inCode = new ArrayList<>();
        texts.forEach((name, text) -> {
            boolean picocli = PICOCLI_OWN.stream().anyMatch(name::startsWith) || name.endsWith(" --help")
                    || name.endsWith(" --version");
            if (!picocli && !text.isBlank()) {
                inCode.add(name + ": " + text);
            }
        });
        assertThat(inCode).as("help written in the code, not in the help bundle").isEmpty();
    }

    @Test
    void theWelshHelpBundleHasTheEnglishKeysAndNoOthers() {
        Set<String> english = new TreeSet<>(keysOnly(Language.ENGLISH));
        Set<String> welsh = new TreeSet<>(keysOnly(Language.WELSH));
        assertThat(welsh).isEqualTo(english);
    }

    /** The keys of one language's file alone, not those it falls back to. */
    private static Set<String> keysOnly(Language language) {
        String file = "/org/dearmp/cli/help_" + (language == Language.ENGLISH ? "en_GB" : language.code()) + ".properties";
        java.util.Properties properties = new java.util.Properties();
        try (java.io.InputStream in = HelpBundleTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties.stringPropertyNames();
    }

    /** Words of two letters or more: a text this long is a sentence, not a name or a code. */
    private static int words(String text) {
        return (int) java.util.regex.Pattern.compile("\\p{L}{2,}").matcher(text).results().count();
    }
}
