package org.dearmp.cli;

import org.dearmp.store.FileProblems;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Stack;
import java.util.concurrent.Callable;
import org.dearmp.app.AppContext;
import org.dearmp.core.DearMpException;
import org.dearmp.export.email.EmailExporter;
import org.dearmp.export.ExportException;
import org.dearmp.export.ExportFileNames;
import org.dearmp.export.pdf.LetterPdfExporter;
import org.dearmp.export.TextExporter;
import org.dearmp.export.UnprintableAdvice;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.EmailAddress;
import org.dearmp.history.SentAs;
import org.dearmp.letter.Letter;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.userdata.SavedLetter;
import org.dearmp.letter.LetterComposer;
import org.dearmp.letter.LetterGuidance;
import org.dearmp.letter.LetterRequest;
import org.dearmp.letter.Sender;
import org.dearmp.lookup.Candidate;
import org.dearmp.lookup.LookupResult;
import org.dearmp.lookup.LookupService;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.Parliament;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.template.user.TemplateCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dear-mp letter}: a letter to the writer's MP from a template and their own words, saved as a
 * PDF, an email (.eml) or text. Exit codes as {@code lookup}: 0 written, 2 invalid input, 3 the postcode
 * needs a choice of constituency (pass --constituency), 4 no MP to write to (or, for an email, no address).
 */
@Command(name = "letter", mixinStandardHelpOptions = true, sortOptions = false)
final class LetterCommand implements Callable<Integer> {

    enum Format {
        pdf, eml, txt
    }

    @Spec
    CommandSpec spec;

    private final AppContext context;

    LetterCommand(AppContext context) {
        this.context = context;
    }

    /**
     * One value, so the usage line names it once; typed without quotes ({@code --postcode BT79 0AA}) its
     * two parts are taken together by {@link PostcodeParts}.
     */
    @Option(names = "--postcode", paramLabel = "POSTCODE", parameterConsumer = PostcodeParts.class)
    String postcode;

    @Option(names = "--template", paramLabel = "ID")
    String templateId;

    @Option(names = "--name", paramLabel = "NAME")
    String name;

    @Option(names = "--address", paramLabel = "LINE")
    List<String> address = new ArrayList<>();

    @Option(names = "--email", paramLabel = "EMAIL")
    String email;

    @Option(names = "--phone", paramLabel = "PHONE")
    String phone;

    @Option(names = "--point", paramLabel = "TEXT")
    List<String> points = new ArrayList<>();

    @Option(names = "--story", paramLabel = "TEXT")
    String story;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "pdf")
    Format format;

    @Option(names = "--out", paramLabel = "FILE")
    String out;

    @Option(names = "--constituency", paramLabel = "CODE")
    String constituencyCode;

    @Mixin
    AddressPostcodeOption addressPostcode = new AddressPostcodeOption();

    @Mixin
    LetterHistoryOptions history = new LetterHistoryOptions();

    /** The checklist for a letter that counts (issue 16): --check prints it in place of writing the letter. */
    @Mixin
    LetterCheckOptions checklist = new LetterCheckOptions();

    @Option(names = "--templates-dir", paramLabel = "FOLDER")
    Path templatesDir;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SavedLetter first = history.firstLetter(context);
        if (first != null) {
            fillFrom(first);
        }
        List<String> missing = missingOptions();
        if (!missing.isEmpty()) {
            err.println(Messages.get("cli.letter.missing", String.join(", ", missing)));
            return DearMpCommand.EXIT_INVALID_INPUT;
        }
        if (name.isBlank()) {
            err.println(Messages.get("export.cli.noName"));
            return DearMpCommand.EXIT_INVALID_INPUT;
        }
        // The same check as the letter step and the .eml: a typo is said now, not found in a bounce.
        if (email != null && !email.isBlank() && EmailAddress.check(email) instanceof EmailAddress.Invalid invalid) {
            err.println(Messages.get("export.email.badSenderAddress", invalid.reason()));
            return DearMpCommand.EXIT_INVALID_INPUT;
        }
        Optional<String> notAPostcode = addressPostcode.problem();
        if (notAPostcode.isPresent()) {
            err.println(notAPostcode.get());
            return DearMpCommand.EXIT_INVALID_INPUT;
        }
        LetterTemplate template = template();
        history.refuseUnlessFollowUp(first, template, context.templates());
        LookupService lookup = context.lookup();
        Parliament parliament = lookup.parliament();
        parliament.ageWarning(LocalDate.now(context.clock()))
                .ifPresent(w -> err.println(Messages.get("parliament.cli.warning", w)));
        // A follow-up without --postcode goes to the first letter's seat, which the history keeps.
        LookupResult result = postcode == null ? null : lookup.lookup(postcode);
        Optional<Constituency> seat = result == null ? parliament.constituency(constituencyCode)
                : settle(result, lookup, err);
        if (seat.isEmpty() && result == null) {
            err.println(Messages.get("cli.letter.seatGone", constituencyCode));
            return DearMpCommand.EXIT_NO_MP;
        }
        if (seat.isEmpty()) {
            err.flush();
            return exitFor(result);
        }
        Optional<Member> mp = parliament.member(seat.get().code());
        if (mp.isEmpty()) {
            err.println(Messages.get("export.cli.vacant", seat.get().displayName()));
            return DearMpCommand.EXIT_NO_MP;
        }

        Sender sender = new Sender(name, address, addressPostcode.senderPostcode(postcodeOf(result)), email,
                phone);
        LetterRequest request = LetterRequest.of(template, mp.get(), seat.get(), sender,
                        LocalDate.now(context.clock())).withPoints(points).withStory(story)
                .withHomeSeat(addressPostcode.warnIfElsewhere(lookup, seat.get(), err));
        if (first != null) {
            request = request.withFirstLetter(LetterHistoryOptions.named(first));
        }
        LetterComposer.Draft draft = new LetterComposer(LetterPdfExporter.measure()).draft(request);
        if (checklist.wanted()) {
            return checklist.print(spec.commandLine().getOut(), request, draft);
        }
        Letter letter = draft.letter();
        Optional<String> whyNotEmail = format == Format.eml ? EmailExporter.whyNotEmail(letter) : Optional.empty();
        if (whyNotEmail.isPresent()) {
            err.println(whyNotEmail.get());
            err.println(Messages.get("export.cli.tryPdf"));
            return DearMpCommand.EXIT_NO_MP;
        }
        // Fallback fonts print Chinese, Arabic and the like; what no font has would leave gaps, so no PDF.
        String unprintable = format == Format.pdf ? LetterPdfExporter.measure().unprintable(letter) : "";
        if (!unprintable.isEmpty()) {
            err.println(UnprintableAdvice.COMMAND_LINE.text(unprintable));
            err.flush();
            return DearMpCommand.EXIT_INVALID_INPUT;
        }
        String written = write(letter);
        PrintWriter report = "-".equals(out) ? err : spec.commandLine().getOut();
        report.println("-".equals(out)
                ? Messages.get("export.cli.writtenToStandardOutput", letter.recipient().envelopeName(), seat.get().displayName())
                : Messages.get("export.cli.written", written, letter.recipient().envelopeName(), seat.get().displayName()));
        printGuidance(report, draft.guidance());
        if (first != null && address.isEmpty()) {
            // The command line's history keeps no address, so a follow-up has one only when given again.
            report.println(Messages.get("export.cli.advice", Messages.get("cli.letter.followUpNoAddress")));
        }
        history.record(context, letter, seat.get().code(), seat.get().name(), mp.get().displayName(),
                template.title(), format == Format.eml ? SentAs.EMAIL : SentAs.POST, first, report);
        report.flush();
        return DearMpCommand.EXIT_OK;
    }

    /** A follow-up goes to the first letter's MP from the same writer, unless the options say otherwise. */
    private void fillFrom(SavedLetter first) {
        LetterDraft before = first.draft();
        Sender from = before.sender();
        postcode = postcode != null || before.postcode().isBlank() ? postcode : before.postcode();
        constituencyCode = constituencyCode != null ? constituencyCode : before.constituencyCode();
        templateId = templateId != null ? templateId : LetterHistoryOptions.followUpTemplate(first, context.templates());
        name = name != null ? name : from.name();
        address = address.isEmpty() ? new ArrayList<>(from.addressLines()) : address;
        email = email != null ? email : from.email();
        phone = phone != null ? phone : from.phone();
    }

    private List<String> missingOptions() {
        List<String> missing = new ArrayList<>();
        if (postcode == null && (history.followUpId == null || constituencyCode == null)) {
            missing.add("--postcode");
        }
        if (templateId == null) {
            missing.add("--template");
        }
        if (name == null || name.isBlank() && history.followUpId != null) {
            missing.add("--name");
        }
        return missing;
    }

    /** Bundled, then saved in the template editor, then in {@code --templates-dir}. */
    private LetterTemplate template() {
        if (templatesDir != null) {
            TemplatesCommand.requireFolder("--templates-dir", templatesDir);
        }
        TemplateCatalog catalog = context.templates();
        Optional<LetterTemplate> found = catalog.find(templateId);
        if (found.isEmpty() && templatesDir != null) {
            found = TemplateLibrary.folder(templatesDir, context.templateChecker()).find(templateId);
        }
        return found.orElseThrow(() -> unknownTemplate(catalog));
    }

    /** Names every template the user could have meant: bundled, their saved ones, and --templates-dir's. */
    private DearMpException unknownTemplate(TemplateCatalog catalog) {
        List<String> bundledIds = catalog.bundled().templates().stream().map(LetterTemplate::id).toList();
        List<String> theirs = new ArrayList<>();
        catalog.forLetterWriters().stream().map(LetterTemplate::id).filter(id -> !bundledIds.contains(id))
                .forEach(theirs::add);
        if (templatesDir != null) {
            TemplateLibrary.folder(templatesDir, context.templateChecker()).templates().stream()
                    .map(LetterTemplate::id).filter(id -> !theirs.contains(id)).forEach(theirs::add);
        }
        return new DearMpException(theirs.isEmpty()
                ? Messages.get("template.unknownId", templateId, String.join(", ", bundledIds))
                : Messages.get("template.unknownIdWithSaved", templateId, String.join(", ", bundledIds),
                        String.join(", ", theirs)));
    }

    /** The constituency to write to, or empty after saying why there is none (or what to choose). */
    private Optional<Constituency> settle(LookupResult result, LookupService lookup, PrintWriter err) {
        TextLookupPrinter printer = new TextLookupPrinter(lookup);
        if (result instanceof LookupResult.Found found) {
            if (constituencyCode == null || constituencyCode.equalsIgnoreCase(found.constituency().code())) {
                return Optional.of(found.constituency());
            }
            Optional<Constituency> alternative = found.alternatives().stream().map(Candidate::constituency)
                    .filter(c -> c.code().equalsIgnoreCase(constituencyCode.strip())).findFirst();
            if (alternative.isEmpty()) {
                err.println(Messages.get("export.cli.notAChoice", constituencyCode, found.postcode()));
                printer.print(result, err);
            }
            return alternative;
        }
        if (result instanceof LookupResult.Choose choose) {
            List<Candidate> choices = lookup.choices(choose);
            if (constituencyCode != null) {
                Optional<Constituency> chosen = choices.stream().map(Candidate::constituency)
                        .filter(c -> c.code().equalsIgnoreCase(constituencyCode.strip())).findFirst();
                if (chosen.isPresent()) {
                    return chosen;
                }
                err.println(Messages.get("export.cli.notAChoice", constituencyCode, choose.postcode()));
            }
            printer.print(result, err);
            err.println(Messages.get("export.cli.choose"));
            return Optional.empty();
        }
        printer.print(result, err);
        return Optional.empty();
    }

    /** After {@link #settle} found no seat: 3 when the user can still choose one, else as lookup says. */
    private static int exitFor(LookupResult result) {
        if (result instanceof LookupResult.Choose) {
            return DearMpCommand.EXIT_CHOOSE;
        }
        if (result instanceof LookupResult.Found) {
            return DearMpCommand.EXIT_INVALID_INPUT;
        }
        return LookupCommand.exitCode(result);
    }

    private static String postcodeOf(LookupResult result) {
        if (result == null) {
            return "";
        }
        if (result instanceof LookupResult.Found found) {
            return found.postcode().toString();
        }
        if (result instanceof LookupResult.Choose choose) {
            return choose.postcode().toString();
        }
        return result.input().strip();
    }

    /** Writes the letter; returns where it went, for the report. */
    private String write(Letter letter) {
        if ("-".equals(out)) {
            writeToStandardOutput(letter);
            return "-";
        }
        String suggested = ExportFileNames.forLetter(letter, format.name());
        Path file = out == null ? Path.of(suggested) : Path.of(out);
        if (Files.isDirectory(file)) {
            file = file.resolve(suggested);
        }
        // The saving code makes missing folders; a typo in --out should be said, not become new folders.
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            String why = Files.exists(folder) ? Messages.get("store.file.notAFolder")
                    : Messages.get("store.file.noFolder", folder);
            throw new DearMpException(Messages.get("export.cli.notSaved", file, why));
        }
        try {
            switch (format) {
                case pdf -> context.pdfExporter().write(letter, file);
                case eml -> EmailExporter.writeEml(letter, context.clock(), file);
                case txt -> TextExporter.write(letter, file);
                default -> throw new IllegalStateException(format.name());
            }
        } catch (ExportException.WriteFailed e) {
            throw new DearMpException(Messages.get("export.cli.notSaved", file, FileProblems.why(e.getCause())), e);
        }
        return file.toString();
    }

    private void writeToStandardOutput(Letter letter) {
        try {
            OutputStream stdout = System.out;
            switch (format) {
                case pdf -> context.pdfExporter().write(letter, stdout);
                case eml -> stdout.write(EmailExporter.toEml(letter, context.clock()));
                case txt -> stdout.write(TextExporter.toText(letter).getBytes(StandardCharsets.UTF_8));
                default -> throw new IllegalStateException(format.name());
            }
            stdout.flush();
            // System.out keeps a failed write to itself; the bytes of a letter that did not arrive are no letter.
            if (System.out.checkError()) {
                throw new DearMpException(Messages.get("cli.error.standardOutput"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes the postcode after {@code --postcode}, and its inward code too when it came as a second word. */
    static final class PostcodeParts implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            if (args.isEmpty() || commandSpec.findOption(args.peek()) != null) {
                // Already in plain words: said as it is, as a refused value is.
                throw new PlainValueErrors.Refused(commandSpec.commandLine(), Messages.get("export.cli.noPostcode"));
            }
            String value = args.pop();
            if (!args.isEmpty() && LookupCommand.joinSplitPostcodes(List.of(value, args.peek())).size() == 1) {
                value = value.strip() + " " + args.pop().strip();
            }
            argSpec.setValue(value);
        }
    }

    private static void printGuidance(PrintWriter report, LetterGuidance guidance) {
        String fit = guidance.fitsOnePage() ? Messages.get("letter.guidance.onePage")
                : Messages.get("letter.guidance.overOnePage", guidance.pages());
        report.println(Messages.get("letter.guidance.summary", guidance.wordCount(), guidance.originalityPercent(), fit));
        for (LetterGuidance.Advice advice : guidance.advice()) {
            report.println(Messages.get("export.cli.advice",
                    Messages.get("letter.advice." + advice.name(), guidance.minOwnWords())));
        }
    }

}
