package org.dearmp.letter;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns rendered body text into paragraphs and bullet lists: a blank line starts a new paragraph, a
 * line starting with "- " (or "• ") is a bullet, and other lines continue the paragraph or bullet
 * above them (templates are wrapped in the file to be easy to edit; the letter re-flows them).
 */
public final class LetterBlocks {

    private LetterBlocks() {
    }

    public static List<LetterBlock> parse(String text) {
        List<LetterBlock> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        List<String> bullets = new ArrayList<>();
        for (String rawLine : text.replace("\r\n", "\n").split("\n", -1)) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                flush(blocks, paragraph, bullets);
            } else if (isBullet(line)) {
                flushParagraph(blocks, paragraph);
                bullets.add(line.substring(2).strip());
            } else if (!bullets.isEmpty() && paragraph.isEmpty()) {
                int last = bullets.size() - 1;
                bullets.set(last, bullets.get(last) + " " + line);
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flush(blocks, paragraph, bullets);
        return blocks;
    }

    private static boolean isBullet(String line) {
        return (line.startsWith("- ") || line.startsWith("• ")) && !line.substring(2).isBlank();
    }

    private static void flush(List<LetterBlock> blocks, StringBuilder paragraph, List<String> bullets) {
        flushParagraph(blocks, paragraph);
        if (!bullets.isEmpty()) {
            blocks.add(new LetterBlock.BulletList(bullets));
            bullets.clear();
        }
    }

    private static void flushParagraph(List<LetterBlock> blocks, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            blocks.add(new LetterBlock.Paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
