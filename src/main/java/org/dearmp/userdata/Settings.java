package org.dearmp.userdata;

import java.util.List;
import org.dearmp.letter.Sender;

/**
 * What the app remembers between runs.
 *
 * @param sender       the writer's own details, so they are typed once
 * @param exportFolder where the last file was saved; null for the home folder
 * @param fontScale    text size relative to the system's, 1.0 = as the system sets it
 * @param historyOff   true when the writer chose to keep no history of the letters they send
 * @param language     the interface language's code ({@code cy}, {@code en}); null to follow the system
 *                     (and in a settings file written before there was a choice)
 */
public record Settings(Sender sender, String exportFolder, double fontScale, boolean historyOff, String language) {
    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 2.0;

    public Settings {
        sender = sender == null ? new Sender("", List.of(), "", "", "") : sender;
        fontScale = fontScale <= 0 ? 1.0 : Math.max(MIN_SCALE, Math.min(MAX_SCALE, fontScale));
    }

    public Settings(Sender sender, String exportFolder, double fontScale) {
        this(sender, exportFolder, fontScale, false, null);
    }

    public Settings(Sender sender, String exportFolder, double fontScale, boolean historyOff) {
        this(sender, exportFolder, fontScale, historyOff, null);
    }

    public static Settings defaults() {
        return new Settings(null, null, 1.0, false, null);
    }

    public Settings withHistoryOff(boolean off) {
        return new Settings(sender, exportFolder, fontScale, off, language);
    }

    public Settings withSender(Sender newSender) {
        return new Settings(newSender, exportFolder, fontScale, historyOff, language);
    }

    public Settings withExportFolder(String folder) {
        return new Settings(sender, folder, fontScale, historyOff, language);
    }

    public Settings withFontScale(double scale) {
        return new Settings(sender, exportFolder, scale, historyOff, language);
    }

    public Settings withLanguage(String code) {
        return new Settings(sender, exportFolder, fontScale, historyOff, code);
    }
}
