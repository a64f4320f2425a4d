package org.dearmp.cli;

import java.io.PrintWriter;
import java.util.List;
import org.dearmp.lookup.Candidate;
import org.dearmp.lookup.LookupResult;
import org.dearmp.lookup.LookupService;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.FormsOfAddress;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.MemberNote;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Lookup outcomes as JSON Lines: one object per postcode, the same fields for every outcome. */
final class JsonLookupPrinter implements LookupCommand.LookupPrinter {
    private final LookupService service;
    private final ObjectWriter writer = JsonMapper.builder().build().writerFor(Line.class);
    private final String dataAsOf;

    JsonLookupPrinter(LookupService service) {
        this.service = service;
        this.dataAsOf = service.parliament().dataAsOf().toString();
    }

    /** One line of output. Null fields are written as null, so every line has the same keys. */
    record Line(String input, String postcode, String status, String certainty, Place constituency, Mp mp,
                List<Seat> candidates, List<Seat> alternatives, List<Note> notes, String territory,
                String message, String dataAsOf) {
    }

    /** The constituency found. */
    record Place(String code, String name, String welshName) {
        static Place of(Constituency c) {
            return new Place(c.code(), c.name(), c.welshName());
        }
    }

    /** A constituency the user may pick, with how many postcodes near theirs are in it. */
    record Seat(String code, String name, String welshName, int count) {
        static Seat of(Candidate c) {
            return new Seat(c.constituency().code(), c.constituency().name(), c.constituency().welshName(), c.count());
        }
    }

    record Mp(int memberId, String name, String party, String email, String salutation, String envelope,
              List<String> address) {
        static Mp of(Member m) {
            return new Mp(m.memberId(), m.displayName(), m.party(), m.email(), FormsOfAddress.salutation(m),
                    FormsOfAddress.envelopeName(m), FormsOfAddress.HOUSE_OF_COMMONS);
        }
    }

    record Note(String code, String text) {
        static Note of(MemberNote note) {
            return new Note(note.name(), note.text());
        }
    }

    @Override
    public void print(LookupResult result, PrintWriter out) {
        out.println(writer.writeValueAsString(line(result)));
    }

    private Line line(LookupResult result) {
        String status = result.status().name();
        if (result instanceof LookupResult.Found f) {
            return new Line(f.input(), f.postcode().toString(), status, f.certainty().name(),
                    Place.of(f.constituency()), f.member().map(Mp::of).orElse(null), List.of(),
                    f.alternatives().stream().map(Seat::of).toList(),
                    f.notes().stream().map(Note::of).toList(), null, f.message(), dataAsOf);
        }
        if (result instanceof LookupResult.Choose c) {
            return new Line(c.input(), c.postcode().toString(), status, null, null, null,
                    service.choices(c).stream().map(Seat::of).toList(), List.of(), List.of(), null, c.message(),
                    dataAsOf);
        }
        if (result instanceof LookupResult.NoLocation n) {
            return new Line(n.input(), n.postcode().toString(), status, null, null, null,
                    List.of(), List.of(), List.of(), null, n.message(), dataAsOf);
        }
        if (result instanceof LookupResult.NotRepresented n) {
            return new Line(n.input(), n.postcode().toString(), status, null, null,
                    null, List.of(), List.of(), List.of(), n.territory(), n.message(), dataAsOf);
        }
        return new Line(result.input(), null, status, null, null, null, List.of(), List.of(), List.of(), null,
                result.message(), dataAsOf);
    }
}
