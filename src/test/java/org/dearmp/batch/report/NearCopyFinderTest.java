package org.dearmp.batch.report;

import org.dearmp.batch.BatchProgress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dearmp.letter.Fingerprints;
import org.junit.jupiter.api.Test;

/** Near copies between supporters, scored by the letter engine's own fingerprint similarity. */
class NearCopyFinderTest {

    private static long[] words(String text) {
        return Fingerprints.of(text).shingles();
    }

    private static final String STORY = "My niece was trafficked from Swansea to Birmingham when she was seventeen and "
            + "nobody noticed for two years, not her school, not the police, not the hospital that treated her twice.";

    @Test
    void findsTheSameBestCopyAndScoreAsComparingEveryPair() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        String[] phrases = {"please fund specialist support", "my niece was trafficked from Swansea", "train nurses and police",
                "prosecute the people who buy and sell", "I run a small cafe near the station", "protect the victims now",
                "last year two people in my street", "speak in the next debate please"};
        NearCopyFinder finder = new NearCopyFinder(Fingerprints::similarity);
        List<long[]> earlier = new ArrayList<>();
        for (int row = 1; row <= 400; row++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 3; p++) {
                text.append(phrases[random.nextInt(phrases.length)]).append(' ');
            }
            long[] mine = words(text.append(random.nextInt(20)).toString());
            Optional<NearCopyFinder.NearCopy> found = finder.add(row, mine);
            double bestScore = 0;
            for (long[] theirs : earlier) {
                bestScore = Math.max(bestScore, Fingerprints.similarity(mine, theirs));
            }
            if (bestScore > NearCopyFinder.THRESHOLD) {
                assertThat(found).as("row " + row).isPresent();
                assertThat(found.get().similarity()).as("row " + row).isEqualTo(bestScore);
                assertThat(Fingerprints.similarity(mine, earlier.get(found.get().copyOfRow() - 1))).isEqualTo(bestScore);
            } else {
                assertThat(found).as("row " + row).isEmpty();
            }
            earlier.add(mine);
        }
    }

    @Test
    void aStockPhraseInThousandsOfLettersStillLeadsToTheNewestCopies() {
        NearCopyFinder finder = new NearCopyFinder(Fingerprints::similarity);
        String stock = "Please support the bill to end trafficking in our country and fund the services";
        // One more than the phrase's list holds before it drops its oldest half.
        int letters = 2 * NearCopyFinder.COMMON_PHRASE_LIMIT + 1;
        for (int row = 1; row <= letters; row++) {
            finder.add(row, words(stock + " says supporter " + row));
        }
        // Most like a letter among the phrase's newest: found only if the list kept its newest letters.
        int recent = letters - NearCopyFinder.COMMON_PHRASE_LIMIT / 2;
        assertThat(finder.add(letters + 1, words(stock + " says supporter " + recent + " and means it"))).get()
                .extracting(NearCopyFinder.NearCopy::copyOfRow).isEqualTo(recent);
    }

    @Test
    void flagsCopiesAboveHalfAndNotOwnWords() {
        NearCopyFinder finder = new NearCopyFinder(Fingerprints::similarity);
        assertThat(finder.add(2, words(STORY))).isEmpty();
        assertThat(finder.add(3, words("I run a café near the station and I have seen girls brought in and out at night "
                + "by the same men; please ask the police to look into it."))).isEmpty();
        // Row 4 changed one word of row 2's story: still a near copy, with the engine's own score.
        String edited = STORY.replace("seventeen", "sixteen");
        Optional<NearCopyFinder.NearCopy> copy = finder.add(4, words(edited));
        assertThat(copy).isPresent();
        assertThat(copy.get().copyOfRow()).isEqualTo(2);
        assertThat(copy.get().similarity())
                .isEqualTo(Fingerprints.of(edited).similarity(Fingerprints.of(STORY)))
                .isGreaterThan(NearCopyFinder.THRESHOLD).isLessThan(1);
        // Row 5 pasted it word for word.
        assertThat(finder.add(5, words(STORY))).get().extracting(NearCopyFinder.NearCopy::copyOfRow,
                NearCopyFinder.NearCopy::similarity).containsExactly(2, 1.0);
        // Sharing one sentence of a long letter is not a copy.
        assertThat(finder.add(6, words("Nobody noticed for two years, not her school. I am a nurse in Cardiff and every "
                + "week I meet women whose papers are held by someone else, and I want the law used against those people, "
                + "with training for people like me so that we know what to do when we see it happen."))).isEmpty();
        // No own words, nothing to compare.
        assertThat(finder.add(7, new long[0])).isEmpty();
    }

    @Test
    void thousandsOfIdenticalMessagesStayCheap() {
        NearCopyFinder finder = new NearCopyFinder(Fingerprints::similarity);
        long[] same = words(STORY);
        List<Integer> flagged = new ArrayList<>();
        for (int row = 2; row < 20_002; row++) {
            finder.add(row, same).ifPresent(c -> flagged.add(c.copyOfRow()));
        }
        assertThat(flagged).hasSize(19_999).containsOnly(2);
    }

    @Test
    void timeLeftFollowsThisRunsPace() {
        assertThat(new BatchProgress(5, 100, Duration.ofSeconds(1), 5).remaining()).isNull();
        // 50 letters in 10 s this run, after 30 from an earlier run: 20 left at 0.2 s each.
        assertThat(new BatchProgress(80, 100, Duration.ofSeconds(10), 50).remaining()).isEqualTo(Duration.ofSeconds(4));
        assertThat(new BatchProgress(100, 100, Duration.ofSeconds(10), 50).fraction()).isEqualTo(1.0);
    }
}
