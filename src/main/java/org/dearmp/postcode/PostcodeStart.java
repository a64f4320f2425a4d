package org.dearmp.postcode;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dearmp.i18n.Messages;

/**
 * What a postcode typed so far can still become, for the screen that looks it up as it is typed:
 * "cf1", "cf10 1", "cf10 1e" and "SW1A 0" are the start of real postcodes (keep typing), while
 * "QQ1", "CF10 1C" and "SW1A 0AA9" cannot become one however they go on. Reads the text the way
 * {@link PostcodeParser} does: any case, any spacing, and O/0 and I/1 either way round in the
 * outward code and the sector digit. Stateless and thread-safe.
 */
public final class PostcodeStart {

    /** Where the typing has got to. */
    public enum Verdict {
        /** The shape of a whole postcode: whether it is a real one is for the parser and the lookup to say. */
        COMPLETE,
        /** Not a postcode yet, but more letters and digits can make it one. */
        UNFINISHED,
        /** Cannot be the start of any postcode. */
        IMPOSSIBLE
    }

    /** One position of the usual UK shape. */
    private enum Slot { AREA, DISTRICT, DISTRICT_LETTER, SECTOR, UNIT }

    /** The six UK shapes: A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA. */
    private static final List<Slot[]> SHAPES = List.of(
            shape("adsuu"), shape("addsuu"), shape("adxsuu"), shape("aadsuu"), shape("aaddsuu"), shape("aadxsuu"));

    /** The other forms the parser knows (see {@link PostcodeParser}), with the same O/0 and I/1 forgiven. */
    private static final Pattern SPECIAL = Pattern.compile("G[I1]R[0O]AA"
            + "|(?:ASCN|B[I1]QQ|BBND|F[I1]QQ|PCRN|S[I1]QQ|STHL|TDCU|TKCA)[1I]ZZ"
            + "|GX[1I][1I][1I]AA"
            + "|BFP[O0][0-9]{1,4}"
            + "|KY[1-3][0-9]{4}|VG11[0-9]{2}|MSR[0-9]{4}|AI2640"
            + "|(?:CR|DD|DV|FL|GE|HM|HS|MA|PG|SB|SN|WK)[0-9]{2}");
    private static final Pattern BERMUDA = Pattern.compile("(?:CR|DD|DV|FL|GE|HM|HS|MA|PG|SB|SN|WK)[0-9]{2}");

    /** Longer than any postcode, separators and all: the parser's own message says so. */
    private static final int MAX_TYPED = 20;

    private PostcodeStart() {
    }

    /** Whether {@code typed} is a whole postcode's shape, could still become one, or never can. */
    public static Verdict check(String typed) {
        Typed t = Typed.of(typed);
        if (t == null) {
            return Verdict.IMPOSSIBLE;
        }
        if (complete(t.compact)) {
            // "DD1 2" and "SN12" have Bermuda's shape (DD 12) but are also the start of postcodes in
            // Dundee and Swindon: only the spacing Bermuda uses ("DD 12") says it is Bermuda's.
            boolean ukStart = BERMUDA.matcher(t.compact).matches() && ukViable(t.compact)
                    && !t.separatedAfter(2);
            return ukStart ? Verdict.UNFINISHED : Verdict.COMPLETE;
        }
        return viable(t.compact) ? Verdict.UNFINISHED : Verdict.IMPOSSIBLE;
    }

    /**
     * Why {@code typed} cannot be the start of a postcode, in plain English and about what was typed
     * (not a misreading of it as a whole postcode): the area that does not exist, the letter that never
     * ends a postcode, or what should have come next. For text that could still become a postcode it
     * says what the parser says of it.
     */
    public static String whyNot(String typed) {
        Typed t = Typed.of(typed);
        String trimmed = typed == null ? "" : typed.strip();
        if (t == null || t.compact.isEmpty() || check(typed) != Verdict.IMPOSSIBLE) {
            return ((ParsedPostcode.Invalid) invalidOr(typed)).message();
        }
        String compact = t.compact;
        int ok = compact.length() - 1;
        while (ok > 0 && !viable(compact.substring(0, ok))) {
            ok--;
        }
        String echo = echo(trimmed);
        int letters = 0;
        while (letters < compact.length() && Character.isLetter(compact.charAt(letters))) {
            letters++;
        }
        String before = compact.substring(0, ok);
        Set<Slot> next = slotsAfter(before);
        if (ok <= letters || next.equals(EnumSet.of(Slot.AREA))) {
            // Still in the area (the letters before the first digit): that is where it went wrong.
            if (letters == 0) {
                return Messages.get("postcode.invalid.shape", echo);
            }
            return letters <= 2 ? Messages.get("postcode.invalid.area", echo, compact.substring(0, letters))
                    : Messages.get("postcode.invalid.shape", echo);
        }
        if (complete(before)) {
            return Messages.get("postcode.invalid.tooLong", echo);
        }
        char wrong = compact.charAt(ok);
        String typedBefore = trimmed.substring(0, t.typedIndex[ok]).strip().toUpperCase(Locale.ROOT);
        if (Character.isLetter(wrong) && next.contains(Slot.UNIT) && !next.contains(Slot.DISTRICT_LETTER)) {
            return Messages.get("postcode.invalid.unitLetters", echo, String.valueOf(wrong));
        }
        boolean digitFits = next.contains(Slot.DISTRICT) || next.contains(Slot.SECTOR);
        boolean letterFits = next.contains(Slot.DISTRICT_LETTER) || next.contains(Slot.UNIT);
        boolean wrongKind = Character.isDigit(wrong) ? !digitFits : !letterFits;
        if (wrongKind && digitFits != letterFits) {
            return Messages.get("postcode.start.expected", echo, typedBefore,
                    Messages.get(digitFits ? "postcode.start.aDigit" : "postcode.start.aLetter"), String.valueOf(wrong));
        }
        return Messages.get("postcode.start.cannotFollow", echo, String.valueOf(wrong), typedBefore);
    }

    private static ParsedPostcode invalidOr(String typed) {
        ParsedPostcode parsed = PostcodeParser.parse(typed);
        return parsed instanceof ParsedPostcode.Invalid ? parsed
                : new ParsedPostcode.Invalid(typed, ParsedPostcode.Problem.NOT_A_POSTCODE_SHAPE,
                        Messages.get("postcode.invalid.shape", echo(typed.strip())));
    }

    /** The whole of some postcode's shape. */
    private static boolean complete(String compact) {
        if (SPECIAL.matcher(compact).matches()) {
            return true;
        }
        for (Slot[] shape : SHAPES) {
            if (compact.length() == shape.length && fits(compact, shape)) {
                return true;
            }
        }
        return false;
    }

    /** The whole of, or the start of, some postcode's shape. */
    private static boolean viable(String compact) {
        if (compact.isEmpty()) {
            return true;
        }
        Matcher special = SPECIAL.matcher(compact);
        return special.matches() || special.hitEnd() || ukViable(compact) || complete(compact);
    }

    /** The start of one of the usual UK shapes (not the whole of one). */
    private static boolean ukViable(String compact) {
        for (Slot[] shape : SHAPES) {
            if (compact.length() < shape.length && fits(compact, shape)) {
                return true;
            }
        }
        return false;
    }

    /** What the next character could be, in the UK shapes that {@code compact} starts. */
    private static Set<Slot> slotsAfter(String compact) {
        Set<Slot> next = EnumSet.noneOf(Slot.class);
        for (Slot[] shape : SHAPES) {
            if (compact.length() < shape.length && fits(compact, shape)) {
                next.add(shape[compact.length()]);
            }
        }
        return next;
    }

    /** The typed characters fit the start of {@code shape}, its area included. */
    private static boolean fits(String compact, Slot[] shape) {
        int areaLength = shape[1] == Slot.AREA ? 2 : 1;
        StringBuilder area = new StringBuilder(2);
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            boolean ok = switch (shape[i]) {
                case AREA -> {
                    char letter = c == '0' ? 'O' : c == '1' ? 'I' : c;
                    area.append(letter);
                    yield Character.isLetter(letter);
                }
                case DISTRICT, SECTOR -> c == 'O' || c == 'I' || Character.isDigit(c);
                case DISTRICT_LETTER -> (areaLength == 1 ? PostcodeParser.THIRD_LETTERS_A9A
                        : PostcodeParser.FOURTH_LETTERS_AA9A).indexOf(c) >= 0;
                case UNIT -> PostcodeParser.UNIT_LETTERS.indexOf(c) >= 0;
            };
            if (!ok) {
                return false;
            }
        }
        String typedArea = area.toString();
        if (typedArea.length() == areaLength) {
            return UkPostcodeAreas.isArea(typedArea);
        }
        return UkPostcodeAreas.ALL.stream().anyMatch(a -> a.length() == areaLength && a.startsWith(typedArea));
    }

    private static Slot[] shape(String code) {
        Slot[] slots = new Slot[code.length()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = switch (code.charAt(i)) {
                case 'a' -> Slot.AREA;
                case 'd' -> Slot.DISTRICT;
                case 'x' -> Slot.DISTRICT_LETTER;
                case 's' -> Slot.SECTOR;
                default -> Slot.UNIT;
            };
        }
        return slots;
    }

    private static String echo(String text) {
        return text.length() <= 24 ? text : text.substring(0, 23) + "…";
    }

    /**
     * The letters and digits typed, upper case, without separators; and for each, where it is in the
     * trimmed text. Null when the text has a character no postcode has, or is far too long.
     */
    private record Typed(String compact, int[] typedIndex) {
        static Typed of(String typed) {
            String trimmed = typed == null ? "" : typed.strip();
            if (trimmed.length() > MAX_TYPED) {
                return null;
            }
            StringBuilder compact = new StringBuilder(trimmed.length());
            int[] index = new int[trimmed.length() + 1];
            for (int i = 0; i < trimmed.length(); i++) {
                char c = Character.toUpperCase(trimmed.charAt(i));
                if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                    index[compact.length()] = i;
                    compact.append(c);
                } else if (!PostcodeParser.isSeparator(c)) {
                    return null;
                }
            }
            index[compact.length()] = trimmed.length();
            return new Typed(compact.toString(), index);
        }

        /** A space (or dash) was typed before the letter or digit at {@code at}. */
        boolean separatedAfter(int at) {
            return at > 0 && at < compact.length() && typedIndex[at] > typedIndex[at - 1] + 1;
        }
    }
}
