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
import org.dearmp.store.Mappers;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Lookup outcomes as JSON Lines: one object per postcode, with the same keys for every outcome
 * (null or empty where they do not apply). Written with Jackson's streaming generator rather than
 * databind, which would add a few hundred milliseconds to a one-postcode run.
 */
final class JsonLookupPrinter implements LookupCommand.LookupPrinter {
    private final LookupService service;
    private final String dataAsOf;

    JsonLookupPrinter(LookupService service) {
        this.service = service;
        this.dataAsOf = service.parliament().dataAsOf().toString();
    }

    @Override
    public void print(LookupResult result, PrintWriter out) {
        try (JsonGenerator json = Mappers.jsonLines().createGenerator(ObjectWriteContext.empty(), out)) {
            write(result, json);
        }
        out.println();
    }

    private void write(LookupResult result, JsonGenerator json) {
        LookupResult.Found found = result instanceof LookupResult.Found f ? f : null;
        json.writeStartObject();
        json.writeStringProperty("input", result.input());
        json.writeName("postcode");
        if (result instanceof LookupResult.Invalid) {
            json.writeNull();
        } else {
            json.writeString(postcodeOf(result));
        }
        json.writeStringProperty("status", result.status().name());
        nullable(json, "certainty", found == null ? null : found.certainty().name());
        json.writeName("constituency");
        if (found == null) {
            json.writeNull();
        } else {
            writeConstituency(json, found.constituency(), null);
        }
        json.writeName("mp");
        if (found == null || found.member().isEmpty()) {
            json.writeNull();
        } else {
            writeMember(json, found.member().get());
        }
        writeCandidates(json, "candidates", result instanceof LookupResult.Choose choose
                ? service.choices(choose) : List.of());
        writeCandidates(json, "alternatives", found == null ? List.of() : found.alternatives());
        json.writeArrayPropertyStart("notes");
        for (MemberNote note : found == null ? List.<MemberNote>of() : found.notes()) {
            json.writeStartObject();
            json.writeStringProperty("code", note.name());
            json.writeStringProperty("text", note.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        nullable(json, "territory", result instanceof LookupResult.NotRepresented not ? not.territory() : null);
        json.writeStringProperty("message", result.message());
        json.writeStringProperty("dataAsOf", dataAsOf);
        json.writeEndObject();
    }

    private static String postcodeOf(LookupResult result) {
        if (result instanceof LookupResult.Found f) {
            return f.postcode().toString();
        }
        if (result instanceof LookupResult.Choose c) {
            return c.postcode().toString();
        }
        if (result instanceof LookupResult.NoLocation n) {
            return n.postcode().toString();
        }
        return ((LookupResult.NotRepresented) result).postcode().toString();
    }

    private static void writeConstituency(JsonGenerator json, Constituency c, Integer count) {
        json.writeStartObject();
        json.writeStringProperty("code", c.code());
        json.writeStringProperty("name", c.name());
        nullable(json, "welshName", c.welshName());
        if (count != null) {
            json.writeNumberProperty("count", count.intValue());
        }
        json.writeEndObject();
    }

    private static void writeMember(JsonGenerator json, Member m) {
        json.writeStartObject();
        json.writeNumberProperty("memberId", m.memberId());
        json.writeStringProperty("name", m.displayName());
        json.writeStringProperty("party", m.party());
        nullable(json, "email", m.email());
        json.writeStringProperty("salutation", FormsOfAddress.salutation(m));
        json.writeStringProperty("envelope", FormsOfAddress.envelopeName(m));
        json.writeArrayPropertyStart("address");
        for (String line : FormsOfAddress.HOUSE_OF_COMMONS) {
            json.writeString(line);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeCandidates(JsonGenerator json, String name, List<Candidate> candidates) {
        json.writeArrayPropertyStart(name);
        for (Candidate c : candidates) {
            writeConstituency(json, c.constituency(), c.count());
        }
        json.writeEndArray();
    }

    private static void nullable(JsonGenerator json, String name, String value) {
        json.writeName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }
}
