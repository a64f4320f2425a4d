package org.dearmp.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Letter} as plain text, for .txt files, email bodies and previews. Lines are not wrapped (mail
 * apps and text editors wrap them); bullets are "- " lines; paragraphs are separated by a blank line.
 */
public final class PlainTextLetter {

    private PlainTextLetter() {
    }

    /** Just the body: paragraphs and bullet lists. {@link LetterGuidance} ranges refer to this text. */
    public static String body(Letter letter) {
        return body(letter.body());
    }

    public static String body(List<LetterBlock> blocks) {
        List<String> parts = new ArrayList<>();
        for (LetterBlock block : blocks) {
            if (block instanceof LetterBlock.Paragraph paragraph) {
                parts.add(paragraph.text());
            } else if (block instanceof LetterBlock.BulletList list) {
                parts.add(String.join("\n", list.items().stream().map(item -> "- " + item).toList()));
            }
        }
        return String.join("\n\n", parts);
    }

    /**
     * The text of an email to the MP: salutation, body, sign-off, then the writer's name, address and
     * contact details (an MP answers constituents, so the address matters in an email too).
     */
    public static String email(Letter letter) {
        StringBuilder text = new StringBuilder();
        text.append(Objects.toString(letter.salutation(), "")).append("\n\n");
        text.append(body(letter)).append("\n\n");
        text.append(Objects.toString(letter.signOff(), "")).append("\n\n");
        appendSenderBlock(text, letter.sender());
        return PrintableText.clean(text.toString());
    }

    /** The whole letter laid out as on paper, top to bottom, for a .txt file. */
    public static String document(Letter letter) {
        StringBuilder text = new StringBuilder();
        appendSenderBlock(text, letter.sender());
        text.append('\n').append(letter.words().date(letter.date())).append("\n\n");
        text.append(letter.recipient().envelopeName()).append('\n');
        letter.recipient().addressLines().forEach(line -> text.append(line).append('\n'));
        text.append('\n');
        if (!letter.subject().isBlank()) {
            text.append(letter.subject()).append("\n\n");
        }
        text.append(Objects.toString(letter.salutation(), "")).append("\n\n");
        text.append(body(letter)).append("\n\n");
        text.append(Objects.toString(letter.signOff(), "")).append("\n\n\n");
        text.append(letter.sender().name()).append('\n');
        return PrintableText.clean(text.toString());
    }

    private static void appendSenderBlock(StringBuilder text, Sender sender) {
        text.append(sender.name()).append('\n');
        sender.addressLines().forEach(line -> text.append(line).append('\n'));
        if (!sender.postcode().isEmpty()) {
            text.append(sender.postcode()).append('\n');
        }
        if (!sender.email().isEmpty()) {
            text.append(sender.email()).append('\n');
        }
        if (!sender.phone().isEmpty()) {
            text.append(sender.phone()).append('\n');
        }
    }
}
