package org.dearmp.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files of the user data folder that could not be read, moved aside as {@code <name>.damaged-YYYY-MM-DD}
 * (then {@code -2}, {@code -3}...) so the app can start without them while the user keeps what was in them.
 * Every store reports here; the desktop app and the command line each say once what was set aside.
 * A set-aside file is never written over or deleted: its new name is one no store reads or cleans.
 */
public final class DamagedFiles {
    /** What {@link #setAside} names a file: no store reads, lists or cleans up a file with this ending. */
    private static final Pattern SET_ASIDE = Pattern.compile(".*\\.damaged-\\d{4}-\\d{2}-\\d{2}(-\\d+)?");
    /** Far more than any folder holds: a bound, so a folder that refuses every name cannot loop forever. */
    private static final int MAX_SAME_DAY = 10_000;

    private final Clock clock;
    private final List<Path> setAside = new ArrayList<>();
    private int reported;

    private DamagedFiles(Clock clock) {
        this.clock = clock;
    }

    /** Sets damaged files aside, named with the date of {@code clock}. */
    public static DamagedFiles dated(Clock clock) {
        return new DamagedFiles(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Leaves a damaged file where it is (it is still ignored): for a store made only to look at what another
     * has saved, as tests do. The app's stores all get the one {@link #dated} collector of its root.
     */
    public static DamagedFiles leftInPlace() {
        return new DamagedFiles(null);
    }

    /** Whether a file name is one {@link #setAside} gave. */
    public static boolean isSetAside(String fileName) {
        return SET_ASIDE.matcher(fileName).matches();
    }

    /**
     * Moves a file that could not be read aside and remembers it, to be reported once.
     *
     * @return where it now is; empty when it is left in place (no clock, or the move failed: it is still ignored)
     */
    public synchronized Optional<Path> setAside(Path file) {
        if (clock == null) {
            return Optional.empty();
        }
        String base = file.getFileName() + ".damaged-" + LocalDate.now(clock);
        for (int n = 1; n <= MAX_SAME_DAY; n++) {
            Path target = file.resolveSibling(n == 1 ? base : base + "-" + n);
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                // Not ATOMIC_MOVE: on Linux it is rename(2), which replaces a file that took the name meanwhile.
                // A plain move refuses to replace, so an earlier set-aside file is never lost.
                Files.move(file, target);
                setAside.add(target);
                log().warn("Set aside the unreadable file {} as {}", file.getFileName(), target.getFileName());
                return Optional.of(target);
            } catch (FileAlreadyExistsException takenMeanwhile) {
                // try the next number
            } catch (IOException e) {
                log().warn("Could not set aside the unreadable file {}: {}", file.getFileName(),
                        e.getClass().getSimpleName());
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Looked up when needed: the root makes this collector before the command line has set the log level,
     * and the logging library reads its level once, when the first logger is made.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(DamagedFiles.class);
    }

    /** The files set aside since this was last asked: each is reported once. */
    public synchronized List<Path> takeUnreported() {
        List<Path> fresh = List.copyOf(setAside.subList(reported, setAside.size()));
        reported = setAside.size();
        return fresh;
    }
}
