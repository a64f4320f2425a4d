package org.dearmp.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterBlock;
import org.dearmp.letter.Recipient;
import org.dearmp.lookup.Candidate;
import org.dearmp.lookup.LookupResult;
import org.dearmp.parliament.FormsOfAddress;
import org.dearmp.parliament.Parliament;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.postcode.NiSectorTable;
import org.dearmp.postcode.ParsedPostcode;
import org.dearmp.postcode.PostcodeKind;
import org.dearmp.postcode.PostcodeParser;
import org.dearmp.store.AppDataFolder;
import org.dearmp.ui.services.ComposedLetter;
import org.dearmp.ui.services.DataInfo;
import org.dearmp.ui.services.LetterExporter;
import org.dearmp.ui.services.LetterRequest;
import org.dearmp.ui.services.LetterService;
import org.dearmp.ui.services.PostcodeLookup;
import org.dearmp.ui.services.Services;
import org.dearmp.ui.services.TemplateChoice;

/**
 * Test doubles for the view model tests: the real MP list and parser, a lookup that knows a few
 * postcodes, and a composer simple enough that a test can predict its output.
 */
public final class FakeServices {
    private FakeServices() {
    }

    public static Parliament parliament(Path home) {
        return new ParliamentRepository(new AppDataFolder(home)).bundled();
    }

    public static Services create(Path home) {
        Parliament parliament = parliament(home);
        return new Services(lookup(parliament), parliament, new SimpleLetters(),
                new TextExporter(), new DataInfo(parliament.dataAsOf(), parliament.source(), "October 2025", 3,
                List.of("Credit one", "Credit two")));
    }

    /** SW1A 0AA found; BT postcodes choose from the rough NI table; other valid GB postcodes: no location. */
    public static PostcodeLookup lookup(Parliament parliament) {
        NiSectorTable ni = NiSectorTable.loadBundled();
        return input -> {
            ParsedPostcode parsed = PostcodeParser.parse(input);
            if (parsed instanceof ParsedPostcode.Invalid invalid) {
                return new LookupResult.Invalid(input, invalid.message());
            }
            ParsedPostcode.Valid valid = (ParsedPostcode.Valid) parsed;
            if (!valid.kind().hasWestminsterMp()) {
                return new LookupResult.NotRepresented(input, valid.postcode(), "Jersey",
                        "Jersey has no MP at Westminster.");
            }
            if (valid.kind() == PostcodeKind.NORTHERN_IRELAND) {
                List<Candidate> candidates = new ArrayList<>();
                for (Map.Entry<String, Integer> e : ni.candidates(valid.postcode().sector()).entrySet()) {
                    candidates.add(new Candidate(parliament.constituency(e.getKey()).orElseThrow(), e.getValue()));
                }
                return new LookupResult.Choose(input, valid.postcode(), LookupResult.ChooseReason.NORTHERN_IRELAND,
                        candidates, "Northern Ireland: choose your constituency.");
            }
            if (valid.postcode().toString().equals("SW1A 0AA")) {
                var seat = parliament.constituency("E14001172").orElseThrow();
                return new LookupResult.Found(input, valid.postcode(), seat, parliament.member(seat.code()),
                        LookupResult.Certainty.EXACT, List.of(), "Found.");
            }
            return new LookupResult.NoLocation(input, valid.postcode(), "This postcode has no location.");
        };
    }

    public static final String OPENING = "I am writing to ask for your help.";

    /** Letters made of a template sentence, the points, the story and the ask. */
    public static class SimpleLetters implements LetterService {
        @Override
        public List<TemplateChoice> templates() {
            return List.of(
                    new TemplateChoice("blank", "In my own words", "A blank page.", "", List.of(), true),
                    new TemplateChoice("laws", "Stronger laws", "Tougher sentences for traffickers.",
                            "Please support stronger laws.", List.of("Have you seen this locally?"), false));
        }

        @Override
        public ComposedLetter compose(LetterRequest request) {
            String salutation = request.member().map(FormsOfAddress::salutation).orElse("Dear Member of Parliament")
                    + ",";
            StringBuilder text = new StringBuilder(salutation).append("\n\n");
            List<ComposedLetter.Span> spans = new ArrayList<>();
            List<LetterBlock> body = new ArrayList<>();
            boolean blank = request.templateId().equals("blank");
            if (!blank) {
                spans.add(new ComposedLetter.Span(text.length(), text.length() + OPENING.length()));
                text.append(OPENING).append("\n\n");
                body.add(new LetterBlock.Paragraph(OPENING));
            }
            for (String point : request.points()) {
                text.append("- ").append(point).append('\n');
            }
            if (!request.points().isEmpty()) {
                body.add(new LetterBlock.BulletList(request.points()));
            }
            if (!request.story().isEmpty()) {
                text.append('\n').append(request.story()).append('\n');
                body.add(new LetterBlock.Paragraph(request.story()));
            }
            text.append("\nYours sincerely,\n").append(request.sender().name());
            int templateChars = spans.stream().mapToInt(s -> s.end() - s.start()).sum();
            int own = String.join("", request.points()).length() + request.story().length();
            double originality = own + templateChars == 0 ? 0 : (double) own / (own + templateChars);
            String envelope = request.member().map(FormsOfAddress::envelopeName).orElse("The MP");
            Letter letter = new Letter(request.sender(), new Recipient(envelope, FormsOfAddress.HOUSE_OF_COMMONS,
                    request.member().flatMap(m -> m.emailAddress()).orElse(null), request.constituency().name()),
                    LocalDate.of(2026, 11, 27), "A letter", salutation, body, "Yours sincerely,",
                    request.templateId());
            int words = text.toString().split("\\s+").length;
            List<String> advice = originality < 0.25 ? List.of("Most of this letter is the template's wording.") : List.of();
            // The page fit is the PDF layout's, as in the app: a 100,000-character word is one word but many pages.
            boolean fits = org.dearmp.export.pdf.LetterPdfExporter.measure().pageCount(letter) <= 1;
            return new ComposedLetter(letter, text.toString(), words, fits, originality, spans, advice);
        }
    }

    /** Writes the letter's text to every kind of file; mail links up to 200 characters. */
    public static final class TextExporter implements LetterExporter {
        public final List<Path> written = new ArrayList<>();
        public final List<Letter> printed = new ArrayList<>();
        /** Thrown by {@link #print} when set: no printer, say. */
        public RuntimeException printFailure;
        /** When set, every save throws it (as the real writers would). */
        public IOException writeFailure;
        /** The user's answer to the print dialog. */
        public boolean printConfirmed = true;
        /** The thread each print ran on. */
        public final List<Thread> printThreads = new ArrayList<>();

        @Override
        public void writePdf(Letter letter, Path target) throws IOException {
            write(letter, target);
        }

        @Override
        public void writeEml(Letter letter, Path target) throws IOException {
            write(letter, target);
        }

        @Override
        public void writeText(Letter letter, Path target) throws IOException {
            write(letter, target);
        }

        private void write(Letter letter, Path target) throws IOException {
            if (writeFailure != null) {
                throw writeFailure;
            }
            Files.writeString(target, plainText(letter), StandardCharsets.UTF_8);
            written.add(target);
        }

        @Override
        public String plainText(Letter letter) {
            return letter.salutation() + "\n" + letter.recipient().envelopeName() + "\n" + letter.sender().name();
        }

        @Override
        public boolean print(Letter letter) {
            printThreads.add(Thread.currentThread());
            if (printFailure != null) {
                throw printFailure;
            }
            if (printConfirmed) {
                printed.add(letter);
            }
            return printConfirmed;
        }

        @Override
        public Optional<String> mailto(Letter letter) {
            String link = "mailto:" + letter.recipient().email();
            return plainText(letter).length() > 200 ? Optional.empty() : Optional.of(link);
        }
    }
}
