package org.dearmp.template.pack;

import org.dearmp.template.TemplateLibrary;

/**
 * How big a pack may be. A pack comes from someone else, so every limit is counted on the bytes actually
 * read, never on the sizes the zip claims for itself.
 *
 * @param maxPackBytes     the pack file on disk
 * @param maxEntries       files in the pack, the manifest included
 * @param maxEntryBytes    one inflated file
 * @param maxTotalBytes    all inflated files together
 */
public record PackLimits(long maxPackBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes) {

    /** Far above any real set of letter templates (a template is a few KB), far below harm. */
    public static final PackLimits DEFAULT = new PackLimits(16L * 1024 * 1024, 201,
            TemplateLibrary.MAX_FILE_BYTES, 16L * 1024 * 1024);

    public PackLimits {
        if (maxPackBytes <= 0 || maxEntries <= 1 || maxEntryBytes <= 0 || maxTotalBytes < maxEntryBytes) {
            throw new IllegalArgumentException("Pack limits must be positive and consistent");
        }
    }

    /** The most templates one pack may hold (one file is the manifest). */
    public int maxTemplates() {
        return maxEntries - 1;
    }
}
