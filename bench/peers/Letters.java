import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The letters of letters.jsonl for the Java peers. letters_from_batch.py writes each line as
 * {"name": ..., "text": ...} with ASCII escapes only, so this small reader is enough and the peers need
 * no JSON library on their class path.
 */
final class Letters {

    record Letter(String name, String text) {
    }

    private Letters() {
    }

    static List<Letter> read(Path jsonl) throws IOException {
        List<Letter> letters = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                letters.add(new Letter(field(line, "name"), field(line, "text")));
            }
        }
        return letters;
    }

    private static String field(String line, String key) {
        String opening = "\"" + key + "\": \"";
        int at = line.indexOf(opening);
        if (at < 0) {
            throw new IllegalArgumentException("no \"" + key + "\" in " + line);
        }
        StringBuilder value = new StringBuilder();
        for (int i = at + opening.length(); i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char e = line.charAt(++i);
            switch (e) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'u' -> {
                    value.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> value.append(e); // \" \\ \/
            }
        }
        throw new IllegalArgumentException("unterminated \"" + key + "\" in " + line);
    }
}
