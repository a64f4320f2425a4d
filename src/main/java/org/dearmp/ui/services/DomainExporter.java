package org.dearmp.ui.services;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.dearmp.letter.Letter;
import org.dearmp.letter.PlainTextLetter;
import org.dearmp.export.email.EmailExporter;
import org.dearmp.export.pdf.LetterPdfExporter;
import org.dearmp.export.pdf.LetterPrinter;
import org.dearmp.export.email.MailtoLink;
import org.dearmp.export.TextExporter;
import org.dearmp.ui.services.LetterExporter;

/** The wizard's exports through the real PDF and email writers. */
final class DomainExporter implements LetterExporter {
    private final LetterPdfExporter pdf;
    private final LetterPrinter printer;
    private final Clock clock;

    DomainExporter(LetterPdfExporter pdf, Clock clock) {
        this.pdf = pdf;
        this.printer = new LetterPrinter(pdf, LetterPrinter.SYSTEM);
        this.clock = clock;
    }

    @Override
    public void writePdf(Letter letter, Path target) {
        pdf.write(letter, target);
    }

    @Override
    public void writeEml(Letter letter, Path target) {
        EmailExporter.writeEml(letter, clock, target);
    }

    @Override
    public void writeText(Letter letter, Path target) {
        TextExporter.write(letter, target);
    }

    @Override
    public String plainText(Letter letter) {
        return PlainTextLetter.document(letter);
    }

    @Override
    public boolean print(Letter letter) {
        return printer.print(letter);
    }

    @Override
    public Optional<String> mailto(Letter letter) {
        if (EmailExporter.whyNotEmail(letter).isPresent()) {
            return Optional.empty();
        }
        MailtoLink link = EmailExporter.mailto(letter);
        return link instanceof MailtoLink.Ready ready ? Optional.of(ready.uri().toString()) : Optional.empty();
    }
}
