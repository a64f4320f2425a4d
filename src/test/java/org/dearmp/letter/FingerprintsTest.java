package org.dearmp.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

    @Test
    void normalisingIgnoresCasePunctuationAndSpacing() {
        assertThat(Fingerprints.normalise("  Don't   STOP,\n believing!  Caf\u00e9 ŵ ")).isEqualTo("dont stop believing café ŵ");
    }

    @Test
    void identicalTextsAreFullySimilarAndUnrelatedOnesNotAtAll() {
        Fingerprints a = Fingerprints.of("The quick brown fox jumps over the lazy dog by the river bank.");
        Fingerprints reworded = Fingerprints.of("THE QUICK brown fox, jumps over the lazy dog; by the river-bank");
        Fingerprints other = Fingerprints.of("Please visit the drop-in centre on the high street next week if you can.");
        assertThat(a.similarity(a)).isEqualTo(1.0);
        assertThat(a.similarity(other)).isEqualTo(0.0);
        assertThat(a.similarity(reworded)).isGreaterThan(0.7);
    }

    @Test
    void similarityIsTwiceTheSharedShinglesOverTheirSum() {
        // 7 words -> 3 shingles; 9 words sharing the first 7 -> 5 shingles, 3 shared: 2*3/(3+5).
        Fingerprints a = Fingerprints.of("one two three four five six seven");
        Fingerprints b = Fingerprints.of("one two three four five six seven eight nine");
        assertThat(a.size()).isEqualTo(3);
        assertThat(b.size()).isEqualTo(5);
        assertThat(a.similarity(b)).isCloseTo(6.0 / 8.0, within(1e-9));
        assertThat(b.similarity(a)).isCloseTo(a.similarity(b), within(1e-9));
    }

    @Test
    void textsTooShortForAShingleShareNothing() {
        assertThat(Fingerprints.of("hello there").similarity(Fingerprints.of("hello there"))).isZero();
        assertThat(Fingerprints.of("").wordCount()).isZero();
    }

    @Test
    void passagesAreCharacterRangesOfTheCopiedText() {
        String template = "I am writing to ask you to visit a local project in our town.";
        String letter = "Hello! I am writing to ask you to visit a local project, because I care.";
        Fingerprints mine = Fingerprints.of(letter);
        var passages = mine.passagesFoundIn(Fingerprints.of(template));
        assertThat(passages).singleElement().satisfies(range ->
                assertThat(range.of(letter)).isEqualTo("I am writing to ask you to visit a local project"));
        assertThat(mine.wordsFoundIn(Fingerprints.of(template))).isEqualTo(11);
    }
}
