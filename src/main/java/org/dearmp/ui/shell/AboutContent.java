package org.dearmp.ui.shell;

import org.dearmp.core.UkDates;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.core.AppInfo;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.services.DataInfo;

/** What the About window says, as lines of text: version, data dates, every attribution. */
public final class AboutContent {
    private AboutContent() {
    }

    public static String version() {
        return Messages.get("ui.about.version", AppInfo.version());
    }

    public static List<String> dataDates(DataInfo info) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("ui.about.mps", UkDates.date(info.mpsAsOf()), info.mpSource()));
        lines.add(Messages.get("ui.about.postcodes", info.postcodeCount(), info.postcodesAsOf()));
        return lines;
    }

    public static List<String> attributions(DataInfo info) {
        return info.attributions();
    }
}
