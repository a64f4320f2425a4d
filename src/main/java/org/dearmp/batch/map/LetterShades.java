package org.dearmp.batch.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.i18n.Messages;

/**
 * How the map shades a constituency by its number of letters: a sequential ramp of one hue (blue), light to
 * dark, in at most four steps, each step clearly lighter or darker than the next (CIE lightness L* 79, 58, 35,
 * 21), so the map reads the same in greyscale and for colour-blind readers; seats with no letter are a pale
 * grey (L* 93), lighter than any seat reached.
 */
final class LetterShades {
    static final Color NONE = new Color(0xEB, 0xEB, 0xEB);
    private static final Color[] RAMP = {
        new Color(0x9E, 0xCA, 0xE1), new Color(0x42, 0x92, 0xC6), new Color(0x08, 0x51, 0x9C),
        new Color(0x08, 0x30, 0x6B)};

    /** One step of the ramp: seats with {@code from} to {@code to} letters. */
    record Step(int from, int to, Color colour) {
        String label() {
            return from == to ? Messages.get("batch.map.legendSome", from)
                    : Messages.get("batch.map.legendRange", from, to);
        }

        boolean holds(int letters) {
            return letters >= from && letters <= to;
        }
    }

    private final List<Step> steps;

    private LetterShades(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * Steps for counts up to {@code max}: one a count up to four letters; beyond, "1 letter" then three steps
     * growing by the same factor, so a few seats with many letters do not wash out the rest.
     */
    static LetterShades upTo(int max) {
        List<Step> steps = new ArrayList<>();
        if (max <= RAMP.length) {
            // Spread over the ramp, so even two steps are far apart; one step alone is a mid-dark blue.
            for (int n = 1; n <= max; n++) {
                int index = max == 1 ? 2 : (int) Math.round((n - 1) * (RAMP.length - 1) / (double) (max - 1));
                steps.add(new Step(n, n, RAMP[index]));
            }
            return new LetterShades(steps);
        }
        steps.add(new Step(1, 1, RAMP[0]));
        int from = 2;
        for (int k = 1; k < RAMP.length; k++) {
            int to = k == RAMP.length - 1 ? max
                    : Math.max(from, (int) Math.round(Math.pow(max, k / (double) (RAMP.length - 1))));
            to = Math.min(to, max - (RAMP.length - 1 - k));
            steps.add(new Step(from, to, RAMP[k]));
            from = to + 1;
        }
        return new LetterShades(steps);
    }

    List<Step> steps() {
        return steps;
    }

    Color colour(int letters) {
        if (letters <= 0) {
            return NONE;
        }
        return steps.stream().filter(s -> s.holds(letters)).findFirst().map(Step::colour)
                .orElse(steps.get(steps.size() - 1).colour());
    }
}
