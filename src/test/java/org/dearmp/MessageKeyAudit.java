package org.dearmp;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which message keys the production code uses, from its {@link SourceLiterals string literals}, against
 * the keys the bundle has.
 * A key is used when it is written out whole as a literal, or built by one of the {@link KeyFamily key
 * families} the caller lists; a literal that ends in a dot is such a prefix, and must belong to a family.
 */
final class MessageKeyAudit {
    static final Path SOURCES = Path.of("src", "main", "java");
    static final Path BUNDLE = Path.of("src", "main", "resources", "org", "dearmp", "messages_en_GB.properties");

    /**
     * Keys built as {@code prefix + suffix}. A required family's every key must be in the bundle; an
     * optional one is looked up with {@code containsKey} and a fallback, so only the keys it finds count.
     */
    record KeyFamily(String prefix, Set<String> suffixes, boolean required) {
        static KeyFamily required(String prefix, Iterable<String> suffixes) {
            return new KeyFamily(prefix, copy(suffixes), true);
        }

        static KeyFamily optional(String prefix, Iterable<String> suffixes) {
            return new KeyFamily(prefix, copy(suffixes), false);
        }

        private static Set<String> copy(Iterable<String> suffixes) {
            Set<String> copy = new TreeSet<>();
            suffixes.forEach(copy::add);
            return copy;
        }
    }

    record Findings(Set<String> missing, Set<String> unused, Set<String> prefixesWithoutFamily) {
        boolean clean() {
            return missing.isEmpty() && unused.isEmpty() && prefixesWithoutFamily.isEmpty();
        }

        String report() {
            return "Keys used in src/main/java but missing from " + BUNDLE + ": " + missing
                    + "\nKeys in the bundle that no code uses: " + unused
                    + "\nKey prefixes built on in code with no key family listed in the test: " + prefixesWithoutFamily;
        }
    }

    private MessageKeyAudit() {
    }

    static Set<String> bundleKeys(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    /**
     * Compares the keys the code uses with the bundle's. A literal counts as a key when it starts with one of
     * the bundle's areas ({@code ui.}, {@code batch.}...) and is not in {@code notKeys}.
     */
    static Findings audit(Set<String> literals, Set<String> bundle, List<KeyFamily> families, Set<String> notKeys) {
        Set<String> areas = new TreeSet<>();
        bundle.forEach(key -> areas.add(key.substring(0, key.indexOf('.') + 1)));
        Set<String> used = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        Set<String> prefixesWithoutFamily = new TreeSet<>();
        for (String literal : literals) {
            if (notKeys.contains(literal) || areas.stream().noneMatch(literal::startsWith)) {
                continue;
            }
            if (literal.endsWith(".")) {
                if (families.stream().noneMatch(f -> f.prefix().equals(literal))) {
                    prefixesWithoutFamily.add(literal);
                }
            } else {
                used.add(literal);
            }
        }
        for (KeyFamily family : families) {
            for (String suffix : family.suffixes()) {
                String key = family.prefix() + suffix;
                if (bundle.contains(key)) {
                    used.add(key);
                } else if (family.required()) {
                    missing.add(key);
                }
            }
        }
        for (String key : used) {
            if (!bundle.contains(key)) {
                missing.add(key);
            }
        }
        Set<String> unused = new TreeSet<>(bundle);
        unused.removeAll(used);
        return new Findings(missing, unused, prefixesWithoutFamily);
    }
}
