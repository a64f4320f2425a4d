package org.dearmp.letter;

/**
 * How many A4 pages a letter takes as it will be printed. The one answer to "does it fit on one
 * page?" everywhere (the letter step, the template check, the command line): the export package
 * answers it by laying the letter out exactly as its PDF is, so the letter step can never say one
 * page for a letter that prints on two. Implementations are thread-safe.
 */
@FunctionalInterface
public interface LetterMeasure {

    /** The pages the letter takes; at least one. */
    int pageCount(Letter letter);
}
