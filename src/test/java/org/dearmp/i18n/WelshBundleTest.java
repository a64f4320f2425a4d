package org.dearmp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Welsh bundle, {@code messages_cy.properties}, against the English one: every key translated (a key left
 * out would show in English), no sentence left in English, the same {0}-style arguments, and each message
 * readable as MessageFormat reads it, with Welsh apostrophes (i'r, o'r, wedi'i) written as the English ones are.
 */
class WelshBundleTest {
    private static final String ENGLISH = "org/dearmp/messages_en_GB.properties";
    private static final String WELSH = "org/dearmp/messages_cy.properties";
    /** A message this long (in words) is a sentence, which must not be left in English. */
    private static final int SENTENCE_WORDS = 4;
    /** Sentence-length messages that are the same in both languages: names, each with the reason. */
    private static final Set<String> SAME_IN_BOTH = Set.of();

    private static Map<String, String> english;
    private static Map<String, String> welsh;
    private static String welshText;

    @BeforeAll
    static void read() throws IOException {
        english = properties(text(ENGLISH));
        welshText = text(WELSH);
        welsh = properties(welshText);
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = WelshBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            byte[] bytes = in.readAllBytes();
            try {
                // Strict: ResourceBundle quietly reads a file that is not UTF-8 as ISO-8859-1, garbling ŵ and ŷ.
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError(resource + " is not UTF-8", e);
            }
        }
    }

    private static Map<String, String> properties(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
        return map;
    }

    /** A message MessageFormat reads: one with arguments, or one whose English already doubles its apostrophes. */
    private static boolean isFormat(String englishPattern) {
        return englishPattern.matches("(?s).*\\{\\d.*") || englishPattern.contains("''");
    }

    @Test
    void theResponseMapTellsRepliedFromAnswered() {
        // "have replied" counts acknowledgements too; its Welsh must not be the legend's "answered" (Wedi ateb).
        assertThat(welsh.get("batch.responses.mapSubtitle")).doesNotContain(welsh.get("outcome.ANSWERED").toLowerCase());
    }

    @Test
    void everyEnglishKeyIsTranslated() {
        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(welsh.keySet());
        assertThat(missing).as("keys of messages_en_GB missing from messages_cy").isEmpty();
    }

    @Test
    void theWelshHasNoKeyTheEnglishLacks() {
        Set<String> extra = new TreeSet<>(welsh.keySet());
        extra.removeAll(english.keySet());
        assertThat(extra).as("keys of messages_cy that no English message has (misspelt, or stale)").isEmpty();
    }

    @Test
    void noKeyIsGivenTwice() {
        Set<String> seen = new java.util.HashSet<>();
        Set<String> twice = new TreeSet<>();
        boolean continued = false;
        for (String line : welshText.split("\r?\n")) {
            String stripped = line.stripLeading();
            boolean isEntry = !continued && !stripped.isEmpty() && stripped.charAt(0) != '#'
                    && stripped.charAt(0) != '!';
            if (isEntry) {
                String key = stripped.split("\\s*[=:\\s]", 2)[0];
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            int backslashes = 0;
            for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            continued = backslashes % 2 == 1;
        }
        assertThat(twice).as("keys given twice in messages_cy (only the last one counts)").isEmpty();
    }

    @Test
    void noSentenceIsLeftInEnglish() {
        List<String> same = new ArrayList<>();
        english.forEach((key, text) -> {
            String translated = welsh.get(key);
            if (translated != null && translated.strip().equals(text.strip()) && !SAME_IN_BOTH.contains(key)
                    && words(text) >= SENTENCE_WORDS) {
                same.add(key + "=" + text);
            }
        });
        same.sort(null);
        assertThat(same).as("sentence-length messages left in English").isEmpty();
    }

    /** The words of a message, its arguments ({0}, {1,number,integer}) and signs (→, |) left out. */
    static int words(String text) {
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("\\p{L}{2,}")
                .matcher(text.replaceAll("\\{[^{}]*}", " "));
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count;
    }

    @Test
    void theSameArgumentsAndEachParsesAsMessageFormat() {
        List<String> problems = new ArrayList<>();
        english.forEach((key, text) -> {
            String translated = welsh.get(key);
            if (translated == null) {
                return;
            }
            if (!isFormat(text)) {
                if (translated.matches("(?s).*\\{\\d.*")) {
                    problems.add(key + ": has an argument the English has not: " + translated);
                }
                if (translated.contains("''")) {
                    problems.add(key + ": shown as written, so '' shows as two apostrophes: " + translated);
                }
                return;
            }
            try {
                new MessageFormat(translated, Language.WELSH.locale());
            } catch (IllegalArgumentException e) {
                problems.add(key + ": not a MessageFormat pattern (" + e.getMessage() + "): " + translated);
                return;
            }
            Set<Integer> wanted = arguments(text);
            Set<Integer> got = arguments(translated);
            if (!wanted.equals(got)) {
                problems.add(key + ": arguments " + got + " instead of " + wanted + ": " + translated);
            }
            String quoted = quotedWords(translated);
            if (!quoted.isEmpty()) {
                problems.add(key + ": a single apostrophe hides \"" + quoted + "\" (write '' for an apostrophe): "
                        + translated);
            }
        });
        problems.sort(null);
        assertThat(problems).as("arguments and apostrophes of messages_cy").isEmpty();
    }

    /** The argument numbers a MessageFormat pattern uses, nested ones (in a choice) included; quoted text skipped. */
    static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int end = i + 1;
                while (end < pattern.length() && Character.isDigit(pattern.charAt(end))) {
                    end++;
                }
                if (end > i + 1) {
                    found.add(Integer.parseInt(pattern.substring(i + 1, end)));
                }
            }
        }
        return found;
    }

    /**
     * The letters inside single-quoted stretches of a pattern: the English quotes only braces ('{{'), so a
     * quoted letter is a Welsh apostrophe (i'r) that MessageFormat would swallow, with what follows it.
     */
    static String quotedWords(String pattern) {
        StringBuilder letters = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (quoted && c != '{' && c != '}') {
                letters.append(c);
            }
        }
        return letters.toString().strip();
    }

    @Test
    void theChecksThemselvesSeeWhatTheyLookFor() {
        assertThat(arguments("{0} o {1,number,integer} ({2,choice,0#dim|1<{2,number,integer} llythyr})"))
                .containsExactly(0, 1, 2);
        assertThat(arguments("Nid yw'r {0} yn gweithio")).isEmpty();
        assertThat(quotedWords("Nid yw'r {0} yn ei le")).isEqualTo("r 0 yn ei le");
        assertThat(quotedWords("Nid yw''r {0} '{{'mp.name'}}'")).isEmpty();
        assertThat(quotedWords("'{{'/{0}'}}'")).isEmpty();
        assertThat(words("{0}  {1}  {2} ({3})  \"{4}\"  {5}")).isZero();
        assertThat(words("{0}: {1} → {2}")).isZero();
        assertThat(words("Dear MP will be in English")).isEqualTo(6);
        assertThat(words("{0,number,integer} letters to {1} MPs")).isEqualTo(3);
    }
}
