package org.dearmp.cli;

import java.io.PrintWriter;
import java.util.List;
import org.dearmp.i18n.Messages;
import org.dearmp.lookup.Candidate;
import org.dearmp.lookup.LookupResult;
import org.dearmp.lookup.LookupService;
import org.dearmp.letter.LetterWords;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.MemberNote;

/** Lookup outcomes as readable text: a heading line, then indented details. */
final class TextLookupPrinter implements LookupCommand.LookupPrinter {
    private static final String INDENT = "  ";
    private final LookupService service;

    TextLookupPrinter(LookupService service) {
        this.service = service;
    }

    @Override
    public void print(LookupResult result, PrintWriter out) {
        String input = result.input().strip();
        if (result instanceof LookupResult.Found found) {
            out.println(Messages.get("lookup.cli.heading.found", input, found.constituency().displayName()));
            line(out, found.message());
            found.member().ifPresent(m -> printMember(out, m));
            for (MemberNote note : found.notes()) {
                line(out, Messages.get("lookup.cli.note", note.text()));
            }
            if (!found.alternatives().isEmpty()) {
                line(out, Messages.get("lookup.cli.alternatives", found.postcode().sector()));
                printCandidates(out, found.alternatives());
            }
        } else if (result instanceof LookupResult.Choose choose) {
            out.println(Messages.get("lookup.cli.heading.choose", input));
            line(out, choose.message());
            List<Candidate> choices = service.choices(choose);
            printCandidates(out, choices.stream().filter(c -> c.count() > 0).toList());
            List<String> others = choices.stream().filter(c -> c.count() == 0)
                    .map(c -> c.constituency().name() + " (" + c.constituency().code() + ")").toList();
            if (!others.isEmpty()) {
                line(out, Messages.get("lookup.cli.otherSeats", String.join(", ", others)));
            }
        } else if (result instanceof LookupResult.NoLocation none) {
            out.println(Messages.get("lookup.cli.heading.noLocation", input));
            line(out, none.message());
        } else if (result instanceof LookupResult.NotRepresented not) {
            out.println(Messages.get("lookup.cli.heading.notRepresented", input));
            line(out, not.message());
        } else if (result instanceof LookupResult.Invalid invalid) {
            out.println(Messages.get("lookup.cli.heading.invalid", input));
            line(out, invalid.message());
        }
    }

    /** How to address the MP as a letter in the interface's language does (in Welsh: "Annwyl", Tŷ'r Cyffredin). */
    private static void printMember(PrintWriter out, Member mp) {
        LetterWords words = LetterWords.of(Messages.language());
        line(out, Messages.get("lookup.cli.mp", mp.displayName(), mp.party()));
        line(out, Messages.get("lookup.cli.email", mp.emailAddress().orElse(Messages.get("lookup.cli.noEmail"))));
        line(out, Messages.get("lookup.cli.envelope", words.envelopeName(mp), String.join(", ", words.houseOfCommons())));
        line(out, Messages.get("lookup.cli.salutation", words.salutation(mp)));
    }

    private static void printCandidates(PrintWriter out, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            line(out, INDENT + Messages.get("lookup.cli.candidate", c.constituency().code(),
                    c.constituency().displayName(), c.count()));
        }
    }

    private static void line(PrintWriter out, String text) {
        out.println(INDENT + text);
    }
}
