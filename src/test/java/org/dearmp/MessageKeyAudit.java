package org.dearmp;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Which message keys the production code uses, read from its source with the JDK's own parser (string
 * literals only, so a key named in a comment does not count), against the keys the bundle has.
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

    /** What the source holds: every string literal, and the literal arguments of each named method's calls. */
    record SourceLiterals(Set<String> literals, Map<String, List<List<String>>> callArguments) {
        /**
         * The literal at {@code index} of every call to {@code method} made in the source file of
         * {@code className} (calls with another value there are left out).
         */
        Set<String> literalArguments(String className, String method, int index) {
            String call = className + "." + method;
            Set<String> found = new TreeSet<>();
            for (List<String> arguments : callArguments.getOrDefault(call, List.of())) {
                if (index < arguments.size() && arguments.get(index) != null) {
                    found.add(arguments.get(index));
                }
            }
            return found;
        }
    }

    /** The source files (by class name) with a call whose literal arguments {@code arguments} accepts. */
    static Set<String> classesCalling(SourceLiterals source, Predicate<List<String>> arguments) {
        Set<String> found = new TreeSet<>();
        source.callArguments().forEach((call, calls) -> {
            if (calls.stream().anyMatch(arguments)) {
                found.add(call.substring(0, call.indexOf('.')));
            }
        });
        return found;
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

    static SourceLiterals read(Path sourceRoot) throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Set<String> literals = new TreeSet<>();
        Map<String, List<List<String>>> calls = new HashMap<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.UK, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
                    files.getJavaFileObjectsFromPaths(sources));
            for (CompilationUnitTree unit : task.parse()) {
                String className = Path.of(unit.getSourceFile().getName()).getFileName().toString()
                        .replace(".java", "");
                unit.accept(new TreeScanner<Void, Void>() {
                    @Override
                    public Void visitLiteral(LiteralTree node, Void unused) {
                        if (node.getValue() instanceof String text) {
                            literals.add(text);
                        }
                        return null;
                    }

                    @Override
                    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                        List<String> arguments = new ArrayList<>();
                        for (ExpressionTree argument : node.getArguments()) {
                            arguments.add(argument instanceof LiteralTree literal
                                    && literal.getValue() instanceof String text ? text : null);
                        }
                        String call = className + "." + methodName(node.getMethodSelect());
                        calls.computeIfAbsent(call, c -> new ArrayList<>()).add(arguments);
                        return super.visitMethodInvocation(node, unused);
                    }
                }, null);
            }
        }
        return new SourceLiterals(literals, calls);
    }

    private static String methodName(ExpressionTree select) {
        if (select instanceof MemberSelectTree member) {
            return member.getIdentifier().toString();
        }
        return select instanceof IdentifierTree identifier ? identifier.getName().toString() : select.toString();
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
