package org.dearmp.letter;

/**
 * A letter as it will be printed: how many A4 pages it takes, and what in it no font can print. The one
 * answer to "does it fit on one page?" and "will it print?" everywhere (the letter step, the template
 * check, the command line): the export package answers by laying the letter out exactly as its PDF is, so
 * the letter step can never say one page for a letter that prints on two. Implementations are thread-safe.
 */
public interface LetterMeasure {

    /** The pages the letter takes; at least one. */
    int pageCount(Letter letter);

    /** The characters of the letter no font on this computer can print, each once; empty when it all prints. */
    String unprintable(Letter letter);
}
