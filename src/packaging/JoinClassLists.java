import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * java JoinClassLists.java OUT LIST... : one class list for the class-data archive from several (the
 * training run's and the window's); lists that are not there are left out, and a class named twice is
 * archived once all the same.
 */
public final class JoinClassLists {
    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path list = Path.of(args[i]);
            if (Files.isRegularFile(list)) {
                lines.addAll(Files.readAllLines(list));
            }
        }
        Files.write(Path.of(args[0]), lines);
    }
}
