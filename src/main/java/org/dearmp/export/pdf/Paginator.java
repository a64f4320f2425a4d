package org.dearmp.export.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a letter's lines, in reading order, on pages, the way a careful typist would. Each line says how
 * much it minds a page break after it: a paragraph keeps at least two lines on each side of a break
 * (no orphan at the foot of a page, no widow at the head of the next); the sign-off, the room to sign
 * and the name stay together, and with the end of the last paragraph, so no page holds only the
 * signature; the whole last paragraph goes with them when the page can spare the room.
 *
 * <p>A page is filled as far as it goes and then broken at the latest line that allows it. A break
 * the letter only mildly minds is taken only when the page would otherwise stay less than a third
 * full, and a run that cannot fit on any page is broken where it must.
 */
final class Paginator {

    /** Nothing against a page break after this line. */
    static final int FREE = 0;
    /** Better not: inside the last paragraph, which should stay with the sign-off. */
    static final int SOFT = 1;
    /** Never unless there is no other way: an orphan, a widow, the sign-off parted from its name. */
    static final int HARD = 2;

    /** One line in reading order, with the space above it and how much it minds a page break after it. */
    static final class Item {
        final float x;
        final boolean bold;
        final String text;
        final float gapBefore;
        int keep = FREE;
        /** A bullet set beside this line, at this x, or NaN for none. */
        float bulletX = Float.NaN;

        Item(float x, boolean bold, String text, float gapBefore) {
            this.x = x;
            this.bold = bold;
            this.text = text;
            this.gapBefore = gapBefore;
        }
    }

    private final float top;
    private final float bottom;
    private final float leading;
    private final float size;
    private final String bullet;

    /**
     * @param top    the baseline a page's first line hangs from (its first baseline is one leading lower)
     * @param bottom the lowest baseline a page may hold
     */
    Paginator(float top, float bottom, float leading, float size, String bullet) {
        this.top = top;
        this.bottom = bottom;
        this.leading = leading;
        this.size = size;
        this.bullet = bullet;
    }

    /** The lines of each page, with their baselines; always at least one page. */
    List<List<LaidOutLetter.Line>> paginate(List<Item> items) {
        List<List<LaidOutLetter.Line>> pages = new ArrayList<>();
        int first = 0;
        int n = items.size();
        while (first < n) {
            // A blank line (typed between two of a story's) is not carried to the head of a page.
            while (!pages.isEmpty() && first < n - 1 && items.get(first).text.isBlank() && items.get(first).keep == FREE) {
                first++;
            }
            int last = lastThatFits(items, first);
            if (last < n - 1) {
                last = breakAfter(items, first, last);
            }
            pages.add(place(items, first, last));
            first = last + 1;
        }
        if (pages.isEmpty()) {
            pages.add(new ArrayList<>());
        }
        return pages;
    }

    /** The last item that fits on a page starting with {@code first} (at least that one). */
    private int lastThatFits(List<Item> items, int first) {
        float y = top - leading;
        int last = first;
        for (int i = first + 1; i < items.size(); i++) {
            y -= items.get(i).gapBefore + leading;
            if (y < bottom) {
                break;
            }
            last = i;
        }
        return last;
    }

    /** Where to end the page, given that {@code first..last} would fit: the latest break the lines allow. */
    private int breakAfter(List<Item> items, int first, int last) {
        int capacity = last - first + 1;
        for (int level = FREE; level <= HARD; level++) {
            for (int i = last; i >= first; i--) {
                if (items.get(i).keep <= level) {
                    boolean fullEnough = level == HARD || (level == SOFT ? true : i - first + 1 >= capacity / 3);
                    if (fullEnough) {
                        return i;
                    }
                    break;
                }
            }
        }
        return last;
    }

    private List<LaidOutLetter.Line> place(List<Item> items, int first, int last) {
        List<LaidOutLetter.Line> page = new ArrayList<>(last - first + 2);
        float y = top;
        for (int i = first; i <= last; i++) {
            Item item = items.get(i);
            y -= (i == first ? 0 : item.gapBefore) + leading;
            page.add(new LaidOutLetter.Line(item.x, y, item.bold, size, false, item.text));
            if (!Float.isNaN(item.bulletX)) {
                page.add(new LaidOutLetter.Line(item.bulletX, y, false, size, false, bullet));
            }
        }
        return page;
    }
}
