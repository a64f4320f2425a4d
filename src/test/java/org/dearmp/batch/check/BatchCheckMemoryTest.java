package org.dearmp.batch.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dearmp.bench.SyntheticSupporters;
import org.dearmp.postcode.PostcodeIndex;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check's memory is bounded by the rows with something to say, not by the file: 60,000 supporters
 * are checked and planned in a 40 MB heap. Keeping every row whole, as the check used to, needs about
 * 100 MB for them and runs out of memory here.
 */
@DataTest
class BatchCheckMemoryTest {

    private static final int SUPPORTERS = 60_000;

    @TempDir
    Path dir;

    @Test
    void sixtyThousandSupportersAreCheckedAndPlannedInAFortyMegabyteHeap() throws IOException, InterruptedException {
        Path csv = dir.resolve("supporters.csv");
        SplittableRandom random = new SplittableRandom(7);
        SyntheticSupporters.write(csv, SyntheticSupporters.samplePostcodes(PostcodeIndex.loadBundled(), SUPPORTERS, random),
                new SplittableRandom(8));

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-XX:+UseSerialGC", "-Xmx40m", "-cp",
                System.getProperty("java.class.path"), CheckInASmallHeap.class.getName(), csv.toString())
                .redirectErrorStream(true).start();
        boolean ended = child.waitFor(3, TimeUnit.MINUTES);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            child.destroyForcibly();
        }

        assertThat(ended).as("the check finished").isTrue();
        assertThat(output).doesNotContain("OutOfMemoryError");
        assertThat(child.exitValue()).as(output).isZero();
        List<String> words = List.of(output.strip().split("\\s+"));
        assertThat(words).startsWith("checked", Integer.toString(SUPPORTERS), "planned");
        assertThat(Integer.parseInt(words.get(3))).isGreaterThan(SUPPORTERS * 9 / 10);
    }
}
