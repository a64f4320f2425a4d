package org.dearmp.template.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a pack import killed at each stage leaves, once the next start has settled it: all of it or none. */
class StagedImportTest {
    @TempDir
    Path folder;

    private static Map<String, String> pack() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a.txt", "new a");
        files.put("b.txt", "new b");
        files.put("origins.json", "{ }");
        return files;
    }

    private Map<String, String> folderContents() throws IOException {
        Map<String, String> found = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                found.put(file.getFileName().toString(), Files.isDirectory(file) ? "<folder>" : Files.readString(file));
            }
        }
        return found;
    }

    @Test
    void anImportWritesEveryFileAndLeavesNoStagingBehind() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "old a");
        Files.writeString(folder.resolve("mine.txt"), "mine");
        StagedImport.apply(folder, pack());
        assertThat(folderContents()).containsExactly(Map.entry("a.txt", "new a"), Map.entry("b.txt", "new b"),
                Map.entry("mine.txt", "mine"), Map.entry("origins.json", "{ }"));
    }

    @Test
    void killedBeforeItWasMarkedReadyTheImportIsUndone() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "old a");
        Path staging = Files.createDirectories(folder.resolve(StagedImport.STAGING));
        Files.writeString(staging.resolve("a.txt"), "new a");
        Files.writeString(staging.resolve(".b.txt.k3j9.part"), "new");
        StagedImport.finish(folder);
        assertThat(folderContents()).containsExactly(Map.entry("a.txt", "old a"));
    }

    @Test
    void killedWhileMovingTheFilesInTheImportIsFinished() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "new a"); // already moved in
        Path staging = Files.createDirectories(folder.resolve(StagedImport.STAGING));
        Files.writeString(staging.resolve("b.txt"), "new b");
        Files.writeString(staging.resolve(StagedImport.READY), "");
        StagedImport.finish(folder);
        assertThat(folderContents()).containsExactly(Map.entry("a.txt", "new a"), Map.entry("b.txt", "new b"));
    }

    @Test
    void anImportAfterAKilledOneSettlesThatOneFirst() throws IOException {
        Path staging = Files.createDirectories(folder.resolve(StagedImport.STAGING));
        Files.writeString(staging.resolve("stale.txt"), "from the killed import");
        StagedImport.apply(folder, Map.of("b.txt", "new b"));
        assertThat(folderContents()).containsExactly(Map.entry("b.txt", "new b"));
    }
}
