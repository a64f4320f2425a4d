package org.dearmp.parliament;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dearmp.i18n.Messages;

/** A seat whose MP (or the MP's party) differs between two lists. */
public record MpChange(Constituency constituency, Optional<Member> before, Optional<Member> after) {

    public MpChange {
        Objects.requireNonNull(constituency, "constituency");
        before = before == null ? Optional.empty() : before;
        after = after == null ? Optional.empty() : after;
    }

    /** Seats that changed from {@code before} to {@code after}, in constituency order. */
    public static List<MpChange> between(Parliament before, Parliament after) {
        List<MpChange> changes = new ArrayList<>();
        for (Constituency seat : after.constituencies()) {
            Optional<Member> was = before.member(seat.code());
            Optional<Member> now = after.member(seat.code());
            if (!sameMemberAndParty(was, now)) {
                changes.add(new MpChange(seat, was, now));
            }
        }
        return List.copyOf(changes);
    }

    private static boolean sameMemberAndParty(Optional<Member> a, Optional<Member> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        return a.get().memberId() == b.get().memberId() && a.get().party().equals(b.get().party());
    }

    /** e.g. "Makerfield: Andy Burnham (Labour) → Jane Doe (Reform UK)". */
    public String describe() {
        return Messages.get("parliament.change", constituency.name(), describe(before), describe(after));
    }

    private static String describe(Optional<Member> member) {
        return member.map(m -> Messages.get("parliament.change.member", m.displayName(), m.party()))
                .orElseGet(() -> Messages.get("parliament.change.vacant"));
    }
}
