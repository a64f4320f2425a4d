package org.dearmp.parliament;

import java.util.List;
import java.util.stream.Collectors;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;

/** An MP list that cannot be used, with every problem found in it, in plain English. */
public final class MpListImportException extends DearMpException {
    /** Enough to fix a file by hand without flooding a dialog. */
    static final int PROBLEMS_SHOWN = 12;

    private final List<String> problems;

    public MpListImportException(String fileName, List<String> problems) {
        super(summary(fileName, problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(String fileName, List<String> problems) {
        String shown = problems.stream().limit(PROBLEMS_SHOWN).map(p -> "  - " + p)
                .collect(Collectors.joining(System.lineSeparator()));
        String more = problems.size() > PROBLEMS_SHOWN
                ? System.lineSeparator() + Messages.get("parliament.import.moreProblems", problems.size() - PROBLEMS_SHOWN)
                : "";
        return Messages.get("parliament.import.rejected", fileName, problems.size())
                + System.lineSeparator() + shown + more;
    }
}
