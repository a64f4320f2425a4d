import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The I/O floor: the disk work of a Dear MP batch and nothing else. Reads every file a real batch wrote
 * (letters, .eml, print file, report, manifest, map) into memory, then writes the same bytes under the
 * same names into a fresh folder the way Dear MP's AtomicFiles does: a new temporary file beside the
 * target (CREATE_NEW), then an atomic rename. No batch can be faster than this on the same disk.
 */
public final class IoFloor {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: IoFloor BATCH_OUT_DIR NEW_OUT_DIR");
        }
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                files.put(from.relativize(p), Files.readAllBytes(p));
            }
        }
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            Path target = to.resolve(file.getKey());
            Path dir = target.getParent();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            Path temp = dir.resolve("." + target.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(file.getValue());
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private IoFloor() {
    }
}
