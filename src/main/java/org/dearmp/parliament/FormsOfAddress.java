package org.dearmp.parliament;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to address an MP in a letter, following the House of Commons' own guidance: the envelope
 * carries the full style ("The Rt Hon Wendy Morton MP"); the salutation is personal and never
 * carries "MP", "Rt Hon" or post-nominals ("Dear Ms Morton", "Dear Sir Julian").
 */
public final class FormsOfAddress {

    /** The House of Commons postal address, line by line. */
    public static final List<String> HOUSE_OF_COMMONS = List.of("House of Commons", "London", "SW1A 0AA");

    /** Knights and dames are addressed by their first name: "Dear Sir Julian". */
    private static final Set<String> FIRST_NAME_TITLES = Set.of("Sir", "Dame", "Lord", "Lady");
    /** Titles used with the surname, as the Member chose them: "Dear Dr Huq", "Dear Mrs Badenoch". */
    private static final Set<String> SURNAME_TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof",
            "Professor", "Revd", "Rev", "Reverend");
    private static final Set<String> STYLES = Set.of("Rt", "Hon", "Rt.", "Hon.", "The", "Right", "Honourable");
    /** Letters after the name (King's Counsel, honours) that belong on the envelope only. */
    private static final Pattern POST_NOMINALS =
            Pattern.compile("(?:\\s+(?:MP|KC|QC|CBE|OBE|MBE|KBE|DBE|CB|PC|FRS|DL|JP|VC|GC)\\b,?)+\\s*$");
    /** Surname particles that belong to the surname: "Freddie van Mierlo" → "Mr van Mierlo". */
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "du", "da", "di", "del",
            "della", "dos", "das", "la", "le", "ap", "bin", "al", "st", "st.");
    /** Parliament gives each MP firstname.surname.mp@parliament.uk, which shows where a surname starts. */
    private static final Pattern PARLIAMENT_EMAIL =
            Pattern.compile("^[^.@]+\\.([^@]+?)(?:\\.mp)?@parliament\\.uk$", Pattern.CASE_INSENSITIVE);

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]");
    /** Worked out once per MP: a batch of thousands of letters goes to a few hundred MPs. */
    private static final Map<Member, String> SALUTATIONS = new ConcurrentHashMap<>();
    private static final Map<Member, String> ENVELOPES = new ConcurrentHashMap<>();

    private FormsOfAddress() {
    }

    /** e.g. "Dear Ms Blake", "Dear Sir Julian", "Dear Dr Huq"; "Dear Andy Burnham" when nothing tells us more. */
    public static String salutation(Member member) {
        return SALUTATIONS.computeIfAbsent(member, FormsOfAddress::workOutSalutation);
    }

    /** e.g. "Rachel Blake MP", "The Rt Hon Wendy Morton MP", "The Rt Hon Sir Lindsay Hoyle MP". */
    public static String envelopeName(Member member) {
        return ENVELOPES.computeIfAbsent(member, FormsOfAddress::workOutEnvelopeName);
    }

    private static String workOutSalutation(Member member) {
        Name name = Name.of(member);
        if (name.title().filter(FIRST_NAME_TITLES::contains).isPresent() && name.words().size() > 1) {
            return "Dear " + name.title().get() + " " + name.words().get(0);
        }
        if (name.words().size() < 2) {
            return "Dear " + String.join(" ", name.withTitle());
        }
        Optional<String> title = name.title().filter(SURNAME_TITLES::contains).or(() -> switch (member.gender()) {
            case FEMALE -> Optional.of("Ms");
            case MALE -> Optional.of("Mr");
            case UNKNOWN -> Optional.empty();
        });
        return title.map(t -> "Dear " + t + " " + surname(name.words(), member.email()))
                .orElseGet(() -> "Dear " + String.join(" ", name.words()));
    }

    private static String workOutEnvelopeName(Member member) {
        String title = SPACES.matcher(member.fullTitle().strip()).replaceAll(" ");
        if (title.isEmpty()) {
            title = member.displayName().strip();
        }
        if (title.startsWith("Rt Hon ") || title.startsWith("Right Hon ")) {
            title = "The " + title;
        }
        return title.endsWith(" MP") ? title : title + " MP";
    }

    /** The words of the surname: the last word, or more where a particle or the email shows it is longer. */
    static String surname(List<String> words, String email) {
        Optional<String> fromEmail = Optional.ofNullable(email).map(PARLIAMENT_EMAIL::matcher)
                .filter(Matcher::matches).map(m -> fold(m.group(1)));
        if (fromEmail.isPresent()) {
            for (int start = words.size() - 1; start >= 1; start--) {
                if (fold(String.join("", words.subList(start, words.size()))).equals(fromEmail.get())) {
                    return String.join(" ", words.subList(start, words.size()));
                }
            }
        }
        int start = words.size() - 1;
        while (start > 1 && PARTICLES.contains(words.get(start - 1).toLowerCase(Locale.ROOT))) {
            start--;
        }
        return String.join(" ", words.subList(start, words.size()));
    }

    /** Letters only, lower case, accents removed: "Órfhlaith" and "orfhlaith" compare equal. */
    private static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return NOT_LETTERS.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** A Member's name split into an optional title and the words of the name itself. */
    private record Name(Optional<String> title, List<String> words) {

        static Name of(Member member) {
            List<String> display = words(member.displayName());
            List<String> full = words(member.fullTitle());
            Optional<String> title = leadingTitle(display).or(() -> leadingTitle(full));
            List<String> nameWords = new ArrayList<>(display);
            if (leadingTitle(display).isPresent()) {
                nameWords.remove(0);
            }
            return new Name(title, List.copyOf(nameWords));
        }

        List<String> withTitle() {
            List<String> all = new ArrayList<>();
            title.ifPresent(all::add);
            all.addAll(words);
            return all;
        }

        /** Words of a name without styles ("Rt Hon") or post-nominals ("KC MP"). */
        private static List<String> words(String text) {
            String trimmed = POST_NOMINALS.matcher(text.strip()).replaceFirst("");
            List<String> words = new ArrayList<>(Arrays.asList(SPACES.split(trimmed.strip())));
            words.removeIf(String::isEmpty);
            while (!words.isEmpty() && STYLES.contains(words.get(0))) {
                words.remove(0);
            }
            return words;
        }

        private static Optional<String> leadingTitle(List<String> words) {
            if (words.isEmpty()) {
                return Optional.empty();
            }
            String first = words.get(0).replace(".", "");
            return FIRST_NAME_TITLES.contains(first) || SURNAME_TITLES.contains(first)
                    ? Optional.of(first) : Optional.empty();
        }
    }
}
