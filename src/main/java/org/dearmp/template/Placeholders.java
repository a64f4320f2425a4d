package org.dearmp.template;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every placeholder the letter composer fills in. The composer ({@code org.dearmp.letter}) supplies a value
 * for each of these and nothing else, so the checker can reject a misspelt name before a letter is written.
 * templates/README.md documents each one.
 */
public final class Placeholders {

    public static final List<Placeholder> ALL = List.of(
            new Placeholder("mp.name", Placeholder.Kind.TEXT),
            new Placeholder("mp.fullTitle", Placeholder.Kind.TEXT),
            new Placeholder("mp.salutation", Placeholder.Kind.TEXT),
            new Placeholder("mp.envelope", Placeholder.Kind.TEXT),
            new Placeholder("mp.party", Placeholder.Kind.TEXT),
            new Placeholder("mp.email", Placeholder.Kind.TEXT),
            new Placeholder("constituency.name", Placeholder.Kind.TEXT),
            new Placeholder("constituency.displayName", Placeholder.Kind.TEXT),
            new Placeholder("constituency.code", Placeholder.Kind.TEXT),
            new Placeholder("sender.name", Placeholder.Kind.TEXT),
            new Placeholder("sender.address", Placeholder.Kind.TEXT),
            new Placeholder("sender.addressLines", Placeholder.Kind.LIST),
            new Placeholder("sender.postcode", Placeholder.Kind.TEXT),
            new Placeholder("sender.email", Placeholder.Kind.TEXT),
            new Placeholder("sender.phone", Placeholder.Kind.TEXT),
            new Placeholder("points", Placeholder.Kind.LIST),
            new Placeholder("hasPoints", Placeholder.Kind.FLAG),
            new Placeholder("story", Placeholder.Kind.TEXT),
            new Placeholder("date", Placeholder.Kind.TEXT),
            new Placeholder("ask", Placeholder.Kind.TEXT),
            new Placeholder("subject", Placeholder.Kind.TEXT),
            new Placeholder("first.date", Placeholder.Kind.TEXT),
            new Placeholder("first.subject", Placeholder.Kind.TEXT),
            new Placeholder("first.ask", Placeholder.Kind.TEXT));

    /** Names jmustache gives meaning to inside a section: the current item, and list position flags. */
    static final Set<String> CURRENT_ITEM = Set.of(".", "this");
    static final Set<String> LIST_POSITION = Set.of("-first", "-last", "-index");

    private Placeholders() {
    }

    public static Optional<Placeholder> find(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The known name closest to a misspelt one, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String name) {
        return ALL.stream().map(Placeholder::name)
                .min(Comparator.comparingInt(known -> distance(known.toLowerCase(), name.toLowerCase())))
                .filter(known -> distance(known.toLowerCase(), name.toLowerCase()) <= Math.max(2, name.length() / 3));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
