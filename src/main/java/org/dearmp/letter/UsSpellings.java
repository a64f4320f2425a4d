package org.dearmp.letter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Common US spellings and their British forms, for English letters only: text pasted from a US-trained
 * drafting tool shows itself by them, and an MP's office notices. A short list of frequent words on
 * purpose (a whole dictionary would flag names and quotations); -ize words are listed though Oxford
 * spelling allows them, as most UK writers and Parliament itself use -ise.
 */
final class UsSpellings {

    /** US form to British form, lower case. */
    private static final Map<String, String> BRITISH = new LinkedHashMap<>();

    static {
        String[] pairs = {
            "organize", "organise", "organized", "organised", "organization", "organisation",
            "organizations", "organisations", "recognize", "recognise", "recognized", "recognised",
            "realize", "realise", "realized", "realised", "prioritize", "prioritise", "criticize", "criticise",
            "apologize", "apologise", "emphasize", "emphasise", "minimize", "minimise", "maximize", "maximise",
            "mobilize", "mobilise", "authorize", "authorise", "criminalize", "criminalise", "specialize", "specialise",
            "apologized", "apologised", "prioritized", "prioritised", "criminalized", "criminalised",
            "analyze", "analyse", "analyzed", "analysed", "paralyzed", "paralysed",
            "color", "colour", "favor", "favour", "favorite", "favourite", "behavior", "behaviour",
            "labor", "labour", "neighbor", "neighbour", "neighbors", "neighbours", "neighborhood", "neighbourhood",
            "honor", "honour", "humor", "humour", "endeavor", "endeavour", "harbor", "harbour",
            "center", "centre", "centers", "centres", "theater", "theatre", "fiber", "fibre",
            "defense", "defence", "offense", "offence", "traveling", "travelling", "traveled", "travelled",
            "canceled", "cancelled", "counseling", "counselling", "counselor", "counsellor",
            "gray", "grey", "jewelry", "jewellery", "fulfill", "fulfil", "enrollment", "enrolment",
            "pediatric", "paediatric", "anemia", "anaemia", "maneuver", "manoeuvre", "catalog", "catalogue",
            "mom", "mum",
        };
        for (int i = 0; i < pairs.length; i += 2) {
            BRITISH.put(pairs[i], pairs[i + 1]);
        }
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private UsSpellings() {
    }

    /** A US spelling found, as typed, and its British form. */
    record Found(String typed, String british) {
        String shown() {
            return typed + " (" + british + ")";
        }
    }

    /** The US spellings in {@code text}, each word once, in the order they appear. */
    static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            String british = BRITISH.get(word);
            if (british != null && !seen.contains(word)) {
                seen.add(word);
                found.add(new Found(words.group(), matchCase(words.group(), british)));
            }
        }
        return found;
    }

    private static String matchCase(String typed, String british) {
        return Character.isUpperCase(typed.charAt(0))
                ? Character.toUpperCase(british.charAt(0)) + british.substring(1) : british;
    }
}
