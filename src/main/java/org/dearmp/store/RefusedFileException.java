package org.dearmp.store;

import java.io.IOException;

/**
 * A file the user named that Dear MP will not read (not an ordinary file, or too big). An
 * {@link IOException}, so it goes where any failed read goes; its message is the user's sentence.
 */
public final class RefusedFileException extends IOException {
    public RefusedFileException(String userMessage) {
        super(userMessage);
    }
}
