package org.dearmp.letter;

import java.util.List;

/** A piece of a letter body: a paragraph or a bulleted list. */
public sealed interface LetterBlock {
    record Paragraph(String text) implements LetterBlock {
    }

    record BulletList(List<String> items) implements LetterBlock {
        public BulletList {
            items = List.copyOf(items);
        }
    }
}
