package org.dearmp.batch;

import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;

/** The organiser pressed Cancel. What was written stays, and the run can be resumed. */
public final class BatchCancelledException extends DearMpException {
    public BatchCancelledException() {
        super(Messages.get("batch.run.cancelled"));
    }
}
