package org.dearmp.postcode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dearmp.i18n.Messages;
import org.dearmp.postcode.ParsedPostcode.Invalid;
import org.dearmp.postcode.ParsedPostcode.Problem;
import org.dearmp.postcode.ParsedPostcode.Valid;

/**
 * Turns what people type into a {@link Postcode}: any case, any spacing, and the letter O or I
 * typed for zero or one (or the reverse) where the UK format leaves only one reading.
 * Says in plain English what is wrong when it is not a postcode. Stateless and thread-safe.
 */
public final class PostcodeParser {

    /** Longer input is not echoed back in full. */
    private static final int MAX_INPUT = 20;
    private static final int MAX_ECHO = 24;

    // Rules of the UK format (Royal Mail PAF): letters never used in each position.
    private static final String FIRST_LETTERS = "ABCDEFGHIJKLMNOPRSTUWYZ";      // not Q V X
    private static final String SECOND_LETTERS = "ABCDEFGHKLMNOPQRSTUVWXY";     // not I J Z
    static final String THIRD_LETTERS_A9A = "ABCDEFGHJKPSTUW";
    static final String FOURTH_LETTERS_AA9A = "ABEHMNPRVWXY";
    static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";          // not C I K M O V

    private static final Map<String, Territory> OVERSEAS_UK_STYLE = Map.of(
            "ASCN", Territory.ASCENSION_ISLAND,
            "BIQQ", Territory.BRITISH_ANTARCTIC_TERRITORY,
            "BBND", Territory.BRITISH_INDIAN_OCEAN_TERRITORY,
            "FIQQ", Territory.FALKLAND_ISLANDS,
            "PCRN", Territory.PITCAIRN_ISLANDS,
            "SIQQ", Territory.SOUTH_GEORGIA_AND_SOUTH_SANDWICH_ISLANDS,
            "STHL", Territory.ST_HELENA,
            "TDCU", Territory.TRISTAN_DA_CUNHA,
            "TKCA", Territory.TURKS_AND_CAICOS_ISLANDS);

    /** Bermuda's parish codes (postcodes such as "HM 12"). */
    private static final Set<String> BERMUDA_PARISHES =
            Set.of("CR", "DD", "DV", "FL", "GE", "HM", "HS", "MA", "PG", "SB", "SN", "WK");

    private static final Pattern CAYMAN = Pattern.compile("KY([1-3])([0-9]{4})");
    private static final Pattern BVI = Pattern.compile("VG(11[0-9]{2})");
    private static final Pattern MONTSERRAT = Pattern.compile("MSR([0-9]{4})");
    private static final Pattern ANGUILLA = Pattern.compile("AI(2640)");
    private static final Pattern BERMUDA = Pattern.compile("([A-Z]{2})([0-9]{2})");
    private static final Pattern BFPO = Pattern.compile("BFP[O0]([0-9]{1,4})");

    private PostcodeParser() {
    }

    /** Parses one postcode as typed. Never throws for bad input: it returns {@link Invalid} with the reason. */
    public static ParsedPostcode parse(String input) {
        String typed = input == null ? "" : input;
        String trimmed = typed.strip();
        if (trimmed.isEmpty()) {
            return invalid(typed, Problem.EMPTY, "postcode.invalid.empty");
        }
        if (trimmed.length() > MAX_INPUT) {
            return invalid(typed, Problem.TOO_LONG, "postcode.invalid.tooLong", echo(trimmed));
        }
        StringBuilder compactChars = new StringBuilder(trimmed.length());
        StringBuilder badChars = new StringBuilder();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = Character.toUpperCase(trimmed.charAt(i));
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                compactChars.append(c);
            } else if (!isSeparator(c)) {
                badChars.append(c);
            }
        }
        String compact = compactChars.toString();
        if (badChars.length() > 0) {
            return invalid(typed, Problem.BAD_CHARACTERS, "postcode.invalid.badCharacters", echo(trimmed),
                    distinct(badChars.toString()));
        }
        if (compact.isEmpty()) {
            return invalid(typed, Problem.EMPTY, "postcode.invalid.empty");
        }
        Optional<ParsedPostcode> special = special(typed, compact);
        if (special.isPresent()) {
            return special.get();
        }
        if (compact.length() < 5) {
            return invalid(typed, Problem.TOO_SHORT, "postcode.invalid.tooShort", echo(trimmed));
        }
        if (compact.length() > 7) {
            return invalid(typed, Problem.TOO_LONG, "postcode.invalid.tooLong", echo(trimmed));
        }
        return parseUk(typed, trimmed, compact);
    }

    /**
     * True when {@code typed} is not a whole postcode yet but more letters and digits can make it one
     * ("cf1", "cf10 1", "cf10 1e", "SW1A 0"): someone still typing, not a mistake. See {@link PostcodeStart}.
     */
    public static boolean isUnfinished(String typed) {
        return PostcodeStart.check(typed) == PostcodeStart.Verdict.UNFINISHED;
    }

    /**
     * A postcode as a person typed it, in its proper form ("cf101ep" becomes "CF10 1EP") when it is one;
     * otherwise the text as typed, only trimmed, so nothing the writer gave is lost. The one place a
     * writer's own postcode is tidied for a letter, its preview and every file made from it.
     */
    public static String tidy(String typed) {
        String trimmed = typed == null ? "" : typed.strip();
        return !trimmed.isEmpty() && parse(trimmed) instanceof Valid valid ? valid.postcode().toString() : trimmed;
    }

    /** Forms outside the usual UK shape: Girobank, BFPO, overseas territories. */
    private static Optional<ParsedPostcode> special(String typed, String compact) {
        return Character.isDigit(compact.charAt(compact.length() - 1))
                ? endingInDigit(typed, compact)
                : ukStyleSpecial(typed, compact);
    }

    /** GIR 0AA, the UK-style overseas codes ("FIQQ 1ZZ") and Gibraltar, forgiving O/0 and I/1. */
    private static Optional<ParsedPostcode> ukStyleSpecial(String typed, String compact) {
        if (compact.length() == 6 && "GIR0AA".equals(compact.charAt(0) + (toLetter(compact.charAt(1))
                + compact.substring(2, 3)) + toDigit(compact.charAt(3)) + compact.substring(4))) {
            return Optional.of(new Valid(typed, new Postcode("GIR", "0AA"), PostcodeKind.GIROBANK, Optional.empty(),
                    !compact.equals("GIR0AA")));
        }
        if (compact.length() != 7) {
            return Optional.empty();
        }
        String inward = toDigit(compact.charAt(4)) + compact.substring(5);
        if (inward.equals("1ZZ")) {
            StringBuilder outward = new StringBuilder(4);
            compact.chars().limit(4).forEach(c -> outward.append(toLetter((char) c)));
            Territory t = OVERSEAS_UK_STYLE.get(outward.toString());
            if (t != null) {
                return Optional.of(territory(typed, new Postcode(outward.toString(), "1ZZ"), t,
                        !(outward + "1ZZ").equals(compact)));
            }
        }
        String gibraltar = compact.substring(0, 2) + toDigit(compact.charAt(2)) + toDigit(compact.charAt(3)) + inward;
        if (gibraltar.equals("GX111AA")) {
            return Optional.of(territory(typed, new Postcode("GX11", "1AA"), Territory.GIBRALTAR,
                    !gibraltar.equals(compact)));
        }
        return Optional.empty();
    }

    /** BFPO and the territories with their own numeric codes; no UK postcode ends in a digit. */
    private static Optional<ParsedPostcode> endingInDigit(String typed, String compact) {
        Matcher m = BFPO.matcher(compact);
        if (m.matches()) {
            return Optional.of(new Valid(typed, new Postcode("BFPO", String.valueOf(Integer.parseInt(m.group(1)))),
                    PostcodeKind.BFPO, Optional.empty(), compact.startsWith("BFP0")));
        }
        if ((m = CAYMAN.matcher(compact)).matches()) {
            return Optional.of(territory(typed, new Postcode("KY" + m.group(1), m.group(2)), Territory.CAYMAN_ISLANDS,
                    false));
        }
        if ((m = BVI.matcher(compact)).matches()) {
            return Optional.of(territory(typed, new Postcode("VG", m.group(1)), Territory.BRITISH_VIRGIN_ISLANDS,
                    false));
        }
        if ((m = MONTSERRAT.matcher(compact)).matches()) {
            return Optional.of(territory(typed, new Postcode("MSR", m.group(1)), Territory.MONTSERRAT, false));
        }
        if ((m = ANGUILLA.matcher(compact)).matches()) {
            return Optional.of(territory(typed, new Postcode("AI", m.group(1)), Territory.ANGUILLA, false));
        }
        if ((m = BERMUDA.matcher(compact)).matches() && BERMUDA_PARISHES.contains(m.group(1))) {
            return Optional.of(territory(typed, new Postcode(m.group(1), m.group(2)), Territory.BERMUDA, false));
        }
        return Optional.empty();
    }

    private static ParsedPostcode parseUk(String typed, String trimmed, String compact) {
        String outwardTyped = compact.substring(0, compact.length() - 3);
        String inwardTyped = compact.substring(compact.length() - 3);

        char sectorDigit = toDigit(inwardTyped.charAt(0));
        String unit = inwardTyped.substring(1);
        if (!Character.isDigit(sectorDigit) || !Character.isLetter(unit.charAt(0))
                || !Character.isLetter(unit.charAt(1))) {
            boolean looksLikePostcode = Character.isLetter(compact.charAt(0)) && compact.chars().anyMatch(Character::isDigit);
            return looksLikePostcode
                    ? invalid(typed, Problem.BAD_INWARD, "postcode.invalid.inward", echo(trimmed), inwardTyped)
                    : invalid(typed, Problem.NOT_A_POSTCODE_SHAPE, "postcode.invalid.shape", echo(trimmed));
        }
        String badUnit = unit.chars().filter(c -> UNIT_LETTERS.indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (!badUnit.isEmpty()) {
            return invalid(typed, Problem.BAD_UNIT_LETTERS, "postcode.invalid.unitLetters", echo(trimmed),
                    distinct(badUnit));
        }
        String inward = sectorDigit + unit;

        List<String> readings = outwardReadings(outwardTyped);
        if (readings.isEmpty()) {
            return explainOutward(typed, trimmed, outwardTyped);
        }
        if (readings.size() > 1) {
            return invalid(typed, Problem.AMBIGUOUS, "postcode.invalid.ambiguous", echo(trimmed),
                    readings.get(0) + " " + inward, readings.get(1) + " " + inward);
        }
        String outward = readings.get(0);
        Postcode postcode = new Postcode(outward, inward);
        boolean corrected = !(outward + inward).equals(compact);
        String area = postcode.area();
        return switch (area) {
            case "BT" -> new Valid(typed, postcode, PostcodeKind.NORTHERN_IRELAND, Optional.empty(), corrected);
            case "JE" -> territory(typed, postcode, Territory.JERSEY, corrected);
            case "GY" -> territory(typed, postcode, Territory.GUERNSEY, corrected);
            case "IM" -> territory(typed, postcode, Territory.ISLE_OF_MAN, corrected);
            default -> new Valid(typed, postcode, PostcodeKind.GB, Optional.empty(), corrected);
        };
    }

    /**
     * The valid outward codes the typed one can stand for, swapping O/0 and I/1. The typed text wins
     * when it is valid itself; otherwise the readings needing fewest swaps.
     */
    private static List<String> outwardReadings(String typed) {
        if (isValidOutward(typed)) {
            return List.of(typed);
        }
        List<String> best = new ArrayList<>();
        int bestSwaps = Integer.MAX_VALUE;
        int[] ambiguous = new int[typed.length()];
        int n = 0;
        for (int i = 0; i < typed.length(); i++) {
            if ("O0I1".indexOf(typed.charAt(i)) >= 0) {
                ambiguous[n++] = i;
            }
        }
        for (int mask = 1; mask < (1 << n); mask++) {
            char[] chars = typed.toCharArray();
            for (int b = 0; b < n; b++) {
                if ((mask & (1 << b)) != 0) {
                    chars[ambiguous[b]] = swap(chars[ambiguous[b]]);
                }
            }
            String candidate = new String(chars);
            if (isValidOutward(candidate)) {
                int swaps = Integer.bitCount(mask);
                if (swaps < bestSwaps) {
                    best.clear();
                    bestSwaps = swaps;
                }
                if (swaps == bestSwaps) {
                    best.add(candidate);
                }
            }
        }
        return best;
    }

    static boolean isValidOutward(String outward) {
        int letters = 0;
        while (letters < outward.length() && Character.isLetter(outward.charAt(letters))) {
            letters++;
        }
        String area = outward.substring(0, letters);
        String district = outward.substring(letters);
        if (!UkPostcodeAreas.isArea(area) || district.isEmpty() || district.length() > 2
                || !Character.isDigit(district.charAt(0))) {
            return false;
        }
        if (FIRST_LETTERS.indexOf(area.charAt(0)) < 0 || area.length() == 2 && SECOND_LETTERS.indexOf(area.charAt(1)) < 0) {
            return false;
        }
        if (district.length() == 1 || Character.isDigit(district.charAt(1))) {
            return true;
        }
        String allowed = area.length() == 1 ? THIRD_LETTERS_A9A : FOURTH_LETTERS_AA9A;
        return allowed.indexOf(district.charAt(1)) >= 0;
    }

    /** Why no reading of the outward code works: an unknown area if its letters are not one, else its shape. */
    private static ParsedPostcode explainOutward(String typed, String trimmed, String outward) {
        String lettersFixed = Character.isDigit(outward.charAt(0))
                ? toLetter(outward.charAt(0)) + outward.substring(1) : outward;
        int letters = 0;
        while (letters < lettersFixed.length() && Character.isLetter(lettersFixed.charAt(letters))) {
            letters++;
        }
        if (letters == 0 || letters == lettersFixed.length()) {
            return invalid(typed, Problem.NOT_A_POSTCODE_SHAPE, "postcode.invalid.shape", echo(trimmed));
        }
        if (!UkPostcodeAreas.isArea(lettersFixed.substring(0, letters))) {
            return invalid(typed, Problem.UNKNOWN_AREA, "postcode.invalid.area", echo(trimmed),
                    lettersFixed.substring(0, letters));
        }
        return invalid(typed, Problem.BAD_OUTWARD, "postcode.invalid.outward", echo(trimmed), outward);
    }

    private static Valid territory(String typed, Postcode postcode, Territory territory, boolean corrected) {
        return new Valid(typed, postcode, territory.kind(), Optional.of(territory), corrected);
    }

    private static Invalid invalid(String typed, Problem problem, String key, Object... args) {
        return new Invalid(typed, problem, Messages.get(key, args));
    }

    /** Spaces of any kind (a non-breaking one pasted from a web page) and dashes of any kind. */
    static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.DASH_PUNCTUATION;
    }

    private static char toDigit(char c) {
        return c == 'O' ? '0' : c == 'I' ? '1' : c;
    }

    private static char toLetter(char c) {
        return c == '0' ? 'O' : c == '1' ? 'I' : c;
    }

    private static char swap(char c) {
        return switch (c) {
            case 'O' -> '0';
            case '0' -> 'O';
            case 'I' -> '1';
            case '1' -> 'I';
            default -> c;
        };
    }

    private static String echo(String text) {
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO - 1) + "…";
    }

    private static String distinct(String chars) {
        Set<String> seen = new LinkedHashSet<>();
        chars.codePoints().forEach(c -> seen.add(new String(Character.toChars(c))));
        return String.join(" ", seen);
    }
}
