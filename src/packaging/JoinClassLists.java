import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * java JoinClassLists.java OUT LIST... [--no-lambdas LIST...] : one class list for the class-data archive
 * from several (the training runs' and the window's); lists that are not there are left out, and a class
 * named twice is archived once all the same. Lists after --no-lambdas give their classes only: Java 17
 * crashes while dumping an archive with the batch run's lambda-proxy lines
 * (SystemDictionaryShared::adjust_lambda_proxy_class_dictionary), and an archive without them is only a
 * little slower to start those lambdas.
 */
public final class JoinClassLists {
    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>();
        boolean lambdas = true;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--no-lambdas")) {
                lambdas = false;
                continue;
            }
            Path list = Path.of(args[i]);
            if (Files.isRegularFile(list)) {
                for (String line : Files.readAllLines(list)) {
                    if (lambdas || !line.startsWith("@lambda-proxy")) {
                        lines.add(line);
                    }
                }
            }
        }
        Files.write(Path.of(args[0]), lines);
    }
}
