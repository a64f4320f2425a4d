package org.dearmp.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dearmp.core.UkDates;
import org.dearmp.history.FollowUp;
import org.dearmp.history.LetterSent;
import org.dearmp.i18n.Messages;
import org.dearmp.store.Mappers;
import org.dearmp.userdata.LetterHistory;
import org.dearmp.userdata.SavedLetter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/** The letter history as {@code dear-mp letters} prints it: a line a letter, or JSON for scripts. */
final class LetterHistoryPrinter {
    private LetterHistoryPrinter() {
    }

    static void text(List<LetterHistory.Entry> entries, PrintWriter out) {
        for (LetterHistory.Entry entry : entries) {
            SavedLetter letter = entry.letter();
            LetterSent sent = letter.sent();
            out.println(Messages.get("cli.letters.line", entry.shortId(), UkDates.date(sent.on()),
                    letter.mpName(), letter.constituencyName(), sent.subject(),
                    Messages.get(sent.sentAs().messageKey()), outcomeText(letter),
                    dueText(entry.dueToday().or(entry::next))));
        }
    }

    static String outcomeText(SavedLetter letter) {
        return letter.reply() == null ? Messages.get("cli.letters.noOutcome")
                : Messages.get(letter.reply().outcome().messageKey());
    }

    static String dueText(Optional<FollowUp> next) {
        return next.map(step -> Messages.get(step.action() == FollowUp.Action.ASK_ABOUT_REPLY
                        ? "history.due.askOn" : "history.due.offerOn", UkDates.date(step.on())))
                .orElse(Messages.get("history.due.none"));
    }

    /** A JSON array, one object a letter: dates as ISO dates, codes as the options take them. */
    static void json(List<LetterHistory.Entry> entries, PrintWriter out) {
        try (JsonGenerator json = Mappers.jsonLines().createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartArray();
            for (LetterHistory.Entry entry : entries) {
                write(entry, json);
            }
            json.writeEndArray();
        }
        out.println();
    }

    private static void write(LetterHistory.Entry entry, JsonGenerator json) {
        SavedLetter letter = entry.letter();
        LetterSent sent = letter.sent();
        json.writeStartObject();
        json.writeStringProperty("id", letter.id());
        json.writeStringProperty("date", sent.on().toString());
        json.writeStringProperty("mp", letter.mpName());
        json.writeStringProperty("seat", letter.constituencyName());
        json.writeStringProperty("seatCode", letter.draft().constituencyCode());
        json.writeStringProperty("template", sent.templateId());
        json.writeStringProperty("subject", sent.subject());
        json.writeStringProperty("ask", sent.ask());
        json.writeStringProperty("sentAs", sent.sentAs().code());
        json.writeStringProperty("followUpOf", sent.followUpOf());
        json.writeStringProperty("outcome", letter.reply() == null ? null : letter.reply().outcome().code());
        json.writeStringProperty("repliedOn", letter.reply() == null || letter.reply().on() == null ? null
                : letter.reply().on().toString());
        json.writeStringProperty("note", letter.reply() == null ? null : letter.reply().note());
        // What is due now when something is (after four weeks, the follow-up); else the next step to come.
        java.util.Optional<FollowUp> step = entry.dueToday().or(entry::next);
        json.writeStringProperty("followUpDue", step.map(FollowUp::on).map(LocalDate::toString).orElse(null));
        json.writeStringProperty("followUpAction", step.map(s -> s.action() == FollowUp.Action.ASK_ABOUT_REPLY
                ? "ask-about-reply" : "offer-follow-up").orElse(null));
        json.writeStringProperty("followUpLetter", step.map(FollowUp::kind).map(k -> k.templateId()).orElse(null));
        json.writeEndObject();
    }
}
