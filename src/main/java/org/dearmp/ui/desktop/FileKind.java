package org.dearmp.ui.desktop;

import java.util.List;
import org.dearmp.i18n.Messages;
import org.dearmp.template.pack.PackFileNames;

/** The kinds of file the app reads or writes through a file dialog: the names it offers and how it describes them. */
public enum FileKind {
    PDF("ui.send.kind.pdf", "pdf"),
    EMAIL("ui.send.kind.eml", "eml"),
    TEXT("ui.send.kind.txt", "txt"),
    /** A spreadsheet of supporters saved as CSV, TSV or text. */
    SUPPORTERS("ui.batch.dialog.csvFiles", "csv", "tsv", "txt"),
    COLUMN_MAPPING("ui.batch.dialog.jsonFiles", "json"),
    /** A template pack: written as .dearmp, and .zip (what packs were called before) still opens. */
    TEMPLATE_PACK("ui.editor.share.fileType", PackFileNames.EXTENSIONS.toArray(String[]::new)),
    /** The Department for Education's MP list, dfe_mp_lookup_YYYY-MM-DD.csv. */
    MP_LIST("ui.mpList.fileType", "csv"),
    /** The MP's reply, kept with the letter: a scan, an email or a photo. */
    REPLY("ui.followUp.fileType", "pdf", "eml", "jpg", "jpeg", "png", "heic", "txt", "doc", "docx");

    private final String descriptionKey;
    private final List<String> extensions;

    FileKind(String descriptionKey, String... extensions) {
        this.descriptionKey = descriptionKey;
        this.extensions = List.of(extensions);
    }

    /** The first extension, without the dot: the one a saved file is given. */
    public String extension() {
        return extensions.get(0);
    }

    public List<String> extensions() {
        return extensions;
    }

    /** How the file dialog names the kind, e.g. "PDF document". */
    public String description() {
        return Messages.get(descriptionKey);
    }
}
