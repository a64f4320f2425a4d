package org.dearmp.ui.templateeditor;

import java.util.Locale;
import java.util.Objects;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;

/** A real MP to preview a template with, found by their name, party or seat. */
public record MpChoice(Constituency constituency, Member member) {
    public MpChoice {
        Objects.requireNonNull(constituency, "constituency");
        Objects.requireNonNull(member, "member");
    }

    public String label() {
        String party = member.party().isEmpty() ? "" : " (" + member.party() + ")";
        return member.displayName() + party + " \u2013 " + constituency.displayName();
    }

    public boolean matches(String search) {
        String query = Objects.requireNonNullElse(search, "").strip().toLowerCase(Locale.UK);
        return query.isEmpty() || label().toLowerCase(Locale.UK).contains(query);
    }
}
