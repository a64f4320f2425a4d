package org.dearmp.template.pack;

import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;

/** A pack that cannot be used; the message says why, and nothing has been changed. */
public final class PackException extends DearMpException {
    public PackException(String userMessage) {
        super(userMessage);
    }

    public PackException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    /** A refusal of the pack file {@code pack}, for the message key {@code key} with its arguments. */
    static PackException refused(String pack, String key, Object... args) {
        return new PackException(Messages.get("template.pack.refused", pack, Messages.get(key, args)));
    }
}
