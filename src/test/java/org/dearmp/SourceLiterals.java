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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What a source tree holds, read with the JDK's own parser: every string literal (so a key named in a
 * comment does not count), and the literal arguments of each call, by the class (file) it is made in and
 * the method's name ({@code "SendViewModel.saveAs"}).
 */
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

    /** The source files (by class name) with a call whose literal arguments {@code arguments} accepts. */
    Set<String> classesCalling(Predicate<List<String>> arguments) {
        Set<String> found = new TreeSet<>();
        callArguments.forEach((call, calls) -> {
            if (calls.stream().anyMatch(arguments)) {
                found.add(call.substring(0, call.indexOf('.')));
            }
        });
        return found;
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
}
