package org.dearmp.userdata;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dearmp.letter.Sender;
import org.dearmp.store.AppDataFolder;
import org.dearmp.store.DamagedFiles;

/**
 * Run in a child JVM by {@link DraftKilledMidSaveTest}: saves version 1, 2, 3... of a draft into the data
 * folder given, as the wizard does while the writer types, and prints {@code saved N} after each save, until killed.
 */
public final class DraftSavingChild {
    static final String MARKER = "saved ";

    private DraftSavingChild() {
    }

    /** Version {@code n}: a long story, so a kill often lands while the file is being written. */
    static LetterDraft version(int n) {
        String story = ("Version " + n + " of what I have to say to my MP. ").repeat(4_000);
        return new LetterDraft("SW1A 0AA", "E14001172", "stronger-laws", new Sender("Sam Jones",
                List.of("12 Example Street"), "SW1A 0AA", "sam@example.org", ""), List.of("Point " + n), story, 3,
                Instant.parse("2026-11-27T21:40:00Z").plusSeconds(n));
    }

    public static void main(String[] args) throws Exception {
        DraftStore store = new DraftStore(new AppDataFolder(Path.of(args[0])), DamagedFiles.leftInPlace());
        for (int n = 1; ; n++) {
            store.save(version(n));
            System.out.println(MARKER + n);
            System.out.flush();
        }
    }
}
