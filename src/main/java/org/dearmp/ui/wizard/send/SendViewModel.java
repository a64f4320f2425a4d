package org.dearmp.ui.wizard.send;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.dearmp.core.DearMpException;
import org.dearmp.export.ExportFileNames;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.Letter;
import org.dearmp.ui.services.ComposedLetter;
import org.dearmp.ui.desktop.DesktopActions;
import org.dearmp.ui.desktop.DesktopActions.Opened;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.desktop.FileKind;
import org.dearmp.ui.services.LetterExporter;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.task.BackgroundExecutor;

/**
 * Step 5: the ways a finished letter leaves the app. Each one says where the file went and offers
 * to open its folder; each one counts as finishing the letter (it joins the recent letters). The
 * status says how the last action ended (success, failure, cancelled) and is cleared when the next
 * one starts; nothing claims a mail app opened unless the desktop said so.
 */
public final class SendViewModel {

    /** The ways a letter can be sent, for the recent-letters record. */
    public enum Way {
        PDF, EML, TEXT, MAIL, CLIPBOARD, PRINT;

        /** An email, a mail app or a copy pasted into a web form went electronically; the rest on paper. */
        public org.dearmp.history.SentAs sentAs() {
            return this == EML || this == MAIL || this == CLIPBOARD ? org.dearmp.history.SentAs.EMAIL
                    : org.dearmp.history.SentAs.POST;
        }
    }

    private final ObservableValue<ComposedLetter> letter;
    private final LetterExporter exporter;
    private final DialogService dialogs;
    private final DesktopActions desktop;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Path> folder;
    private final Consumer<Way> onSent;
    private final Consumer<Throwable> onError;

    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.NONE);
    private final ReadOnlyObjectWrapper<Path> lastFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasEmail = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper emailNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offerEml = new ReadOnlyBooleanWrapper();

    public SendViewModel(ObservableValue<ComposedLetter> letter, LetterExporter exporter, DialogService dialogs,
                         DesktopActions desktop, BackgroundExecutor executor, Clock clock, Path initialFolder,
                         Consumer<Way> onSent, Consumer<Throwable> onError) {
        this.letter = letter;
        this.exporter = exporter;
        this.dialogs = dialogs;
        this.desktop = desktop;
        this.executor = executor;
        this.clock = clock;
        this.folder = new ReadOnlyObjectWrapper<>(initialFolder);
        this.onSent = onSent;
        this.onError = onError;
        letter.addListener((obs, old, now) -> checkEmail(now));
        checkEmail(letter.getValue());
    }

    private void checkEmail(ComposedLetter now) {
        Optional<String> whyNot = now == null ? Optional.empty() : exporter.whyNotEmail(now.letter());
        hasEmail.set(now != null && whyNot.isEmpty());
        emailNote.set(whyNot.orElse(""));
    }

    public void savePdf() {
        begin();
        saveAs(FileKind.PDF, Way.PDF, exporter::writePdf, file -> { });
    }

    /** Saves an .eml; refused, with the reason, when the letter cannot go as an email. */
    public void saveEml() {
        begin();
        if (refusedEmail()) {
            return;
        }
        saveAs(FileKind.EMAIL, Way.EML, exporter::writeEml, file -> { });
    }

    public void saveText() {
        begin();
        saveAs(FileKind.TEXT, Way.TEXT, exporter::writeText, file -> { });
    }

    /** Any action starts here: the last action's message and folder go, so they cannot be taken for this one's. */
    private void begin() {
        status.set(Status.NONE);
        lastFile.set(null);
        offerEml.set(false);
    }

    private boolean refusedEmail() {
        Optional<String> whyNot = exporter.whyNotEmail(currentLetter());
        whyNot.ifPresent(reason -> status.set(Status.failure(reason)));
        return whyNot.isPresent();
    }

    private interface FileWriter {
        void write(Letter letter, Path target) throws java.io.IOException;
    }

    private static String chooserTitle(FileKind kind) {
        return switch (kind) {
            case PDF -> "ui.send.chooser.pdf";
            case EMAIL -> "ui.send.chooser.eml";
            default -> "ui.send.chooser.txt";
        };
    }

    private void saveAs(FileKind kind, Way way, FileWriter writer, Consumer<Path> then) {
        Letter current = currentLetter();
        String extension = kind.extension();
        Optional<Path> target = dialogs.chooseFileToSave(Messages.get(chooserTitle(kind)), kind,
                folder.get(), suggestedName(current, extension));
        if (target.isEmpty()) {
            status.set(Status.cancelled(Messages.get("ui.send.cancelled")));
            return;
        }
        Path file = withExtension(target.get(), extension);
        busy.set(true);
        status.set(Status.working(Messages.get("ui.send.saving")));
        executor.submit(progress -> {
            writer.write(current, file);
            return file;
        }, saved -> {
            busy.set(false);
            lastFile.set(saved);
            folder.set(saved.toAbsolutePath().getParent());
            status.set(Status.success(
                    Messages.get("ui.send.saved", saved.getFileName(), saved.toAbsolutePath().getParent())));
            onSent.accept(way);
            then.accept(saved);
        }, failure -> {
            busy.set(false);
            status.set(Status.failure(Messages.get("ui.send.failed", Status.userMessage(failure))));
            // A failure the message explains (a full disk, a refused address) needs no dialog; a bug does.
            if (!Status.expected(failure)) {
                onError.accept(failure);
            }
        });
    }

    /**
     * Opens the mail app with the letter as a {@code mailto:} link. When the letter is too long for a
     * link, or the desktop cannot open a mail app, it says so and offers the .eml instead.
     */
    public void openInMail() {
        begin();
        if (refusedEmail()) {
            return;
        }
        Optional<String> link = exporter.mailto(currentLetter());
        if (link.isEmpty()) {
            status.set(Status.failure(Messages.get("ui.send.mailTooLong")));
            offerEml.set(true);
            return;
        }
        busy.set(true);
        status.set(Status.working(Messages.get("ui.send.openingMail")));
        executor.submit(progress -> desktop.mail(link.get()), opened -> {
            busy.set(false);
            if (opened == Opened.OPENED) {
                status.set(Status.success(Messages.get("ui.send.mailOpened")));
                onSent.accept(Way.MAIL);
            } else {
                status.set(Status.failure(Messages.get(
                        opened == Opened.UNSUPPORTED ? "ui.send.noMailApp" : "ui.send.mailFailed")));
                offerEml.set(true);
            }
        }, failure -> {
            busy.set(false);
            status.set(Status.failure(Messages.get("ui.send.mailFailed")));
            offerEml.set(true);
        });
    }

    /** What {@link #openInMail()} offers when a link will not do: save an .eml, then open it in the mail app. */
    public void saveEmlAndOpen() {
        begin();
        if (refusedEmail()) {
            return;
        }
        saveAs(FileKind.EMAIL, Way.EML, exporter::writeEml, file -> {
            Path where = file.toAbsolutePath().getParent();
            busy.set(true);
            // The file is saved either way (a success); the words say whether a mail app opened it.
            executor.submit(progress -> desktop.openFile(file), opened -> {
                busy.set(false);
                status.set(Status.success(Messages.get(opened == Opened.OPENED ? "ui.send.emlOpened"
                        : "ui.send.emlNotOpened", file.getFileName(), where)));
            }, failure -> {
                busy.set(false);
                status.set(Status.success(Messages.get("ui.send.emlNotOpened", file.getFileName(), where)));
            });
        });
    }

    public void copyToClipboard() {
        begin();
        desktop.copyToClipboard(exporter.plainText(currentLetter()));
        status.set(Status.success(Messages.get("ui.send.copied")));
        onSent.accept(Way.CLIPBOARD);
    }

    /**
     * Prints the letter's PDF pages, away from the FX thread (the print dialog and the spooler are slow).
     * No printer, or a printer that refuses the job, is said in words, as a failure.
     */
    public void print() {
        Letter current = currentLetter();
        begin();
        busy.set(true);
        status.set(Status.working(Messages.get("ui.send.printing")));
        executor.submit(progress -> exporter.print(current), printed -> {
            busy.set(false);
            if (printed) {
                status.set(Status.success(Messages.get("ui.send.printed")));
                onSent.accept(Way.PRINT);
            } else {
                status.set(Status.cancelled(Messages.get("ui.send.notPrinted")));
            }
        }, failure -> {
            busy.set(false);
            if (failure instanceof DearMpException) {
                status.set(Status.failure(failure.getMessage()));
            } else {
                status.set(Status.failure(Messages.get("ui.send.printFailed")));
                onError.accept(failure);
            }
        });
    }

    public void openFolder() {
        if (lastFile.get() != null) {
            desktop.openFolder(lastFile.get().toAbsolutePath().getParent());
        }
    }

    /** Clears the last confirmation, e.g. when the writer comes back to change the letter. */
    public void reset() {
        begin();
    }

    private Letter currentLetter() {
        ComposedLetter composed = letter.getValue();
        if (composed == null) {
            throw new DearMpException(Messages.get("ui.send.noLetter"));
        }
        return composed.letter();
    }

    String suggestedName(Letter current, String extension) {
        return ExportFileNames.readableForLetter(current, LocalDate.now(clock), extension);
    }

    private static Path withExtension(Path chosen, String extension) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? chosen
                : chosen.resolveSibling(name + "." + extension);
    }

    /** How the last action ended; {@link Status#NONE} before any, and as soon as the next one starts. */
    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True after a mail link would not do: the view offers {@link #saveEmlAndOpen()}. */
    public ReadOnlyBooleanProperty offerEmlProperty() {
        return offerEml.getReadOnlyProperty();
    }

    /** The file just saved, for "Open folder"; null after actions that save no file. */
    public ReadOnlyObjectProperty<Path> lastFileProperty() {
        return lastFile.getReadOnlyProperty();
    }

    /** Where the next file is offered to go (the last folder used). */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasEmailProperty() {
        return hasEmail.getReadOnlyProperty();
    }

    /** Why the letter cannot go as an email (no usable address), or empty: the PDF, posted, is the way. */
    public ReadOnlyStringProperty emailNoteProperty() {
        return emailNote.getReadOnlyProperty();
    }
}
