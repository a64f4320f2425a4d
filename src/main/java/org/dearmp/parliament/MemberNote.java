package org.dearmp.parliament;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dearmp.i18n.Messages;

/** Facts about a seat's MP that change how, or whether, a letter works. */
public enum MemberNote {
    /** The Speaker is politically neutral and does not take up campaigns. */
    SPEAKER,
    /** Sinn Féin MPs do not take their seats: they do constituency work but do not vote. */
    ABSTENTIONIST,
    /** No MP: a by-election is due. */
    VACANT_SEAT,
    /** No email address is known: write by post. */
    NO_EMAIL,
    /** The email address is not a parliament.uk one (often a constituency or personal address). */
    NON_PARLIAMENT_EMAIL;

    /** The notes that apply to a seat whose MP is {@code member} (empty for a vacant seat). */
    public static List<MemberNote> of(Optional<Member> member) {
        if (member.isEmpty()) {
            return List.of(VACANT_SEAT);
        }
        Member m = member.get();
        List<MemberNote> notes = new ArrayList<>();
        String party = m.party().strip();
        if (party.equalsIgnoreCase("Speaker")) {
            notes.add(SPEAKER);
        }
        if (party.equalsIgnoreCase("Sinn Féin") || party.equalsIgnoreCase("Sinn Fein")) {
            notes.add(ABSTENTIONIST);
        }
        if (m.email() == null) {
            notes.add(NO_EMAIL);
        } else if (!m.email().toLowerCase(Locale.ROOT).endsWith("@parliament.uk")) {
            notes.add(NON_PARLIAMENT_EMAIL);
        }
        return List.copyOf(notes);
    }

    /** Plain-English advice for the letter writer. */
    public String text() {
        return Messages.get("parliament.note." + name());
    }
}
