package org.dearmp.letter;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dearmp.parliament.Constituency;

/**
 * Whether the writer's own words say what the issue means where they live: the seat's name, a town or
 * place the seat is named after ("Cardiff South and Penarth" gives Cardiff and Penarth), a local project
 * or place in general words ("our local food bank", "a drop-in in our town"), or a place named after "in",
 * "at" or "near" ("a drop-in in Holyhead"). The places come from
 * the seat's own names (English and Welsh), which name its main towns; there is no gazetteer in the app.
 */
final class LocalAngle {

    /** Words of seat names that are not places: compass points, joining words, "City of". */
    private static final Set<String> NOT_PLACES = Set.of("north", "south", "east", "west", "central", "mid",
            "northern", "southern", "eastern", "western", "and", "the", "of", "city", "cities", "upon", "on",
            "with", "in", "outer", "inner", "rural", "st", "y", "a", "ac", "gogledd", "de", "dwyrain", "gorllewin",
            "canol");

    /** General words for something local, whole words or phrases of the writer's. */
    private static final List<String> LOCAL_WORDS = List.of("local", "locally", "our town", "our village",
            "our city", "our area", "our community", "our neighbourhood", "our neighborhood", "our street",
            "our estate", "our high street", "nearby", "near me", "near here", "round here", "around here",
            "in my area", "in my town", "in my village", "constituency", "constituents",
            // the same in Welsh
            "lleol", "yn lleol", "ein tref", "ein pentref", "ein dinas", "ein hardal", "ein cymuned", "gerllaw",
            "yn fy ardal", "yn fy nhref", "yn fy mhentref", "etholaeth", "etholwyr");

    private LocalAngle() {
    }

    /** The first local reference in {@code ownWords}: a place of {@code seat} as named there, or a local word. */
    static Optional<String> in(String ownWords, Constituency seat) {
        String text = folded(ownWords);
        for (String place : places(seat)) {
            if (containsPhrase(text, folded(place))) {
                return Optional.of(place);
            }
        }
        for (String local : LOCAL_WORDS) {
            if (containsPhrase(text, local)) {
                return Optional.of(local);
            }
        }
        return namedPlace(ownWords);
    }

    /** "in", "at", "near"... then a capitalised name: how a writer names their town ("a drop-in in Holyhead"). */
    private static final Pattern PLACE_AFTER = Pattern.compile(
            "\\b(?:in|at|near|around|outside|from|yn|ym|yng|ger|o)\\s+(?:the\\s+|y\\s+|yr\\s+)?(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+)?)");
    /** Capitalised words after "in" that are no place of the seat's: the nation, times, Parliament. */
    private static final Set<String> NOT_LOCAL = Set.of("england", "scotland", "wales", "ireland", "northern",
            "britain", "great", "uk", "europe", "parliament", "government", "westminster", "commons", "lords",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "christmas", "easter", "english", "welsh", "i", "my", "our", "this", "that", "the", "it", "she", "he",
            // Welsh: the nations, Parliament, the months ("yng Nghymru" is Wales, mutated)
            "cymru", "nghymru", "lloegr", "alban", "senedd", "llywodraeth", "san", "ionawr", "chwefror", "mawrth",
            "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr", "cymraeg",
            "saesneg", "prydain", "ewrop");

    /**
     * A place the writer names, though the app cannot tell which seat it is in (it has no gazetteer): a
     * letter naming its own town should not be told it has no local angle. The nation, Parliament and
     * dates are not places of a seat.
     */
    private static Optional<String> namedPlace(String ownWords) {
        Matcher named = PLACE_AFTER.matcher(ownWords);
        while (named.find()) {
            String first = named.group(1).split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (!NOT_LOCAL.contains(first)) {
                return Optional.of(named.group(1));
            }
        }
        return Optional.empty();
    }

    /** The seat's names, whole, then each place in them: "Cardiff South and Penarth", "Cardiff", "Penarth". */
    static List<String> places(Constituency seat) {
        Set<String> places = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(List.of(seat.name()));
        seat.welsh().ifPresent(names::add);
        places.addAll(names);
        for (String name : names) {
            for (String part : name.split("\\s*(?:,|&|\\band\\b|\\bac\\b|\\ba\\b|\\bwith\\b)\\s*")) {
                StringBuilder place = new StringBuilder();
                for (String word : part.strip().split("\\s+")) {
                    if (NOT_PLACES.contains(word.toLowerCase(Locale.ROOT))) {
                        flush(places, place);
                    } else {
                        place.append(place.isEmpty() ? "" : " ").append(word);
                    }
                }
                flush(places, place);
            }
        }
        return List.copyOf(places);
    }

    private static void flush(Set<String> places, StringBuilder place) {
        // "Ely" is a place; "Hill" alone or a stray initial is not enough to go on.
        if (place.length() >= 3) {
            places.add(place.toString());
        }
        place.setLength(0);
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Lower case, accents off ("Ynys Môn" matches "ynys mon"), apostrophes and hyphens as spaces. */
    private static String folded(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean containsPhrase(String foldedText, String phrase) {
        String needle = folded(phrase);
        return !needle.isEmpty() && (" " + foldedText + " ").contains(" " + needle + " ");
    }
}
