package org.dearmp.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dearmp.i18n.Language;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.FormsOfAddress;
import org.dearmp.parliament.Member;

/**
 * The words a letter is made with in its own language (its template's): "Dear"/"Annwyl", the sign-off, the
 * date, the House of Commons' address, the MP's style on the envelope. They come from
 * {@code letter-words_<language>.properties} beside this class, not from the interface's bundle, so a letter
 * in Welsh reads the same whatever language the app is shown in. The forms of address start from
 * {@link FormsOfAddress} (the House's own guidance, in English) and change only the words Welsh has its own for.
 */
public final class LetterWords {

    private static final Map<Language, LetterWords> LOADED = new EnumMap<>(Language.class);

    private final Language language;
    private final Properties words;
    private final List<String> months;
    private final List<String> houseOfCommons;

    private LetterWords(Language language, Properties words) {
        this.language = language;
        this.words = words;
        this.months = List.of(require("months").split(","));
        this.houseOfCommons = List.of(require("houseOfCommons").split("\\|"));
        if (months.size() != 12) {
            throw new IllegalStateException("letter words for " + language.code() + " need twelve months");
        }
    }

    /** The words of letters in {@code language}, read once. */
    public static LetterWords of(Language language) {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(language, LetterWords::load);
        }
    }

    private static LetterWords load(Language language) {
        String name = language == Language.ENGLISH ? "letter-words_en_GB.properties"
                : "letter-words_" + language.code() + ".properties";
        try (InputStream in = LetterWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No " + name + " in the jar");
            }
            Properties words = new Properties();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new LetterWords(language, words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Language language() {
        return language;
    }

    /** "1 December 2026", "1 Rhagfyr 2026". */
    public String date(LocalDate date) {
        return date.getDayOfMonth() + " " + months.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    /** "Yours sincerely,", "Yn gywir,". */
    public String signOff() {
        return require("signOff");
    }

    /** "House of Commons", "London", "SW1A 0AA"; "Tŷ'r Cyffredin", "Llundain", "SW1A 0AA". */
    public List<String> houseOfCommons() {
        return houseOfCommons;
    }

    /** The ask a letter to the Speaker makes in place of a campaigning one (see {@link SpeakerAsk}). */
    String speakerAsk() {
        return require("speakerAsk");
    }

    /** "Page 1 of 2", "Tudalen 1 o 2". */
    public String pageOf(int page, int pages) {
        return new MessageFormat(require("pageOf"), language.locale()).format(new Object[] {page, pages});
    }

    /**
     * The seat's name as the letter's language writes it: the Welsh name in Welsh where it has one (the build
     * has put the data's wrong ones right: parliament.WelshNameCorrections).
     */
    public String constituencyName(Constituency constituency) {
        return language == Language.WELSH ? constituency.welsh().orElse(constituency.name()) : constituency.name();
    }

    /** "Dear Ms Blake", "Annwyl Ms Blake", "Annwyl Syr Julian" (no comma). */
    public String salutation(Member member) {
        String english = FormsOfAddress.salutation(member);
        String name = english.startsWith("Dear ") ? english.substring("Dear ".length()) : english;
        return require("dear") + " " + withOwnTitle(name, "salutation.title.");
    }

    /** "Rachel Blake MP", "The Rt Hon Wendy Morton MP"; "Y Gwir Anrhydeddus Syr Lindsay Hoyle AS". */
    public String envelopeName(Member member) {
        String name = FormsOfAddress.envelopeName(member);
        String style = "";
        for (String rtHon : List.of("The Rt Hon ", "The Right Hon ")) {
            if (name.startsWith(rtHon)) {
                style = require("envelope.rtHon") + " ";
                name = name.substring(rtHon.length());
            }
        }
        if (name.endsWith(" MP")) {
            name = name.substring(0, name.length() - " MP".length()) + " " + require("envelope.mp");
        }
        String styled = style + withOwnTitle(name, "envelope.title.");
        return styled.isEmpty() ? styled : styled.substring(0, 1).toUpperCase(language.locale()) + styled.substring(1);
    }

    /** The name with its leading title ("Sir") in this language's words, where it has its own. */
    private String withOwnTitle(String name, String prefix) {
        int space = name.indexOf(' ');
        if (space < 0) {
            return name;
        }
        String own = words.getProperty(prefix + name.substring(0, space));
        return own == null ? name : own + name.substring(space);
    }

    private String require(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("letter words for " + language.code() + " have no " + key);
        }
        return value;
    }
}
