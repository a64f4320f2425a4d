package org.dearmp.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.Launcher;
import org.dearmp.batch.run.BatchRunner;
import org.dearmp.store.AtomicFiles;

/**
 * Run in a child JVM by {@link BatchKilledTest}: the real {@code dear-mp} launcher with the arguments given,
 * and beside it a watcher that prints {@code letter N} as the N-th letter file appears in the batch's letters
 * folder (the batch itself prints its progress only every two seconds), so the test can kill it mid-batch.
 * The first argument is the batch's output folder; the rest are the launcher's.
 */
public final class BatchWritingChild {
    static final String MARKER = "letter ";

    private BatchWritingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path letters = Path.of(args[0]).resolve(BatchRunner.LETTERS_FOLDER);
        Thread watcher = new Thread(() -> {
            int said = 0;
            while (true) {
                int now = count(letters);
                for (int n = said + 1; n <= now; n++) {
                    System.out.println(MARKER + n);
                }
                System.out.flush();
                said = Math.max(said, now);
                try {
                    Thread.sleep(5); // a sampler, not a wait for anything: it only spares the cores
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "letter-watcher");
        watcher.setDaemon(true);
        watcher.start();
        String[] launcherArgs = new String[args.length - 1];
        System.arraycopy(args, 1, launcherArgs, 0, launcherArgs.length);
        Launcher.main(launcherArgs);
    }

    /** The finished letter files (not the temporary ones being written). */
    private static int count(Path letters) {
        if (!Files.isDirectory(letters)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(letters)) {
            for (Path file : files) {
                n += AtomicFiles.isTemporaryName(file.getFileName().toString()) ? 0 : 1;
            }
        } catch (IOException e) {
            return 0;
        }
        return n;
    }
}
