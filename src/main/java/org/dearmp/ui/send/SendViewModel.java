package org.dearmp.ui.send;

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
import org.dearmp.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.Letter;
import org.dearmp.ui.app.ComposedLetter;
import org.dearmp.ui.app.DesktopActions;
import org.dearmp.ui.app.FileChooserService;
import org.dearmp.ui.app.LetterExporter;
import org.dearmp.ui.task.BackgroundExecutor;

/**
 * Step 5: the ways a finished letter leaves the app. Each one says where the file went and offers
 * to open its folder; each one counts as finishing the letter (it joins the recent letters).
 */
public final class SendViewModel {

    /** The ways a letter can be sent, for the recent-letters record. */
    public enum Way { PDF, EML, TEXT, MAIL, CLIPBOARD, PRINT }

    private final ObservableValue<ComposedLetter> letter;
    private final LetterExporter exporter;
    private final FileChooserService files;
    private final DesktopActions desktop;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Path> folder;
    private final Consumer<Way> onSent;
    private final Consumer<Throwable> onError;

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** True while the status says something went wrong (it is then shown in the failure style). */
    private final ReadOnlyBooleanWrapper statusFailed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> lastFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasEmail = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper emailNote = new ReadOnlyStringWrapper("");

    public SendViewModel(ObservableValue<ComposedLetter> letter, LetterExporter exporter, FileChooserService files,
                         DesktopActions desktop, BackgroundExecutor executor, Clock clock, Path initialFolder,
                         Consumer<Way> onSent, Consumer<Throwable> onError) {
        this.letter = letter;
        this.exporter = exporter;
        this.files = files;
        this.desktop = desktop;
        this.executor = executor;
        this.clock = clock;
        this.folder = new ReadOnlyObjectWrapper<>(initialFolder);
        this.onSent = onSent;
        this.onError = onError;
        status.addListener((obs, old, now) -> statusFailed.set(false));
        letter.addListener((obs, old, now) -> {
            boolean email = now != null && now.letter().recipient().email() != null;
            hasEmail.set(email);
            emailNote.set(email || now == null ? ""
                    : Messages.get("ui.send.noEmail", now.letter().recipient().envelopeName()));
        });
    }

    public void savePdf() {
        saveAs("pdf", Way.PDF, exporter::writePdf, file -> { });
    }

    public void saveEml() {
        saveAs("eml", Way.EML, exporter::writeEml, file -> { });
    }

    public void saveText() {
        saveAs("txt", Way.TEXT, exporter::writeText, file -> { });
    }

    private interface FileWriter {
        void write(Letter letter, Path target) throws java.io.IOException;
    }

    private void saveAs(String extension, Way way, FileWriter writer, Consumer<Path> then) {
        Letter current = currentLetter();
        Optional<Path> target = files.chooseSaveFile(Messages.get("ui.send.chooser." + extension),
                folder.get(), suggestedName(current, extension), Messages.get("ui.send.kind." + extension), extension);
        if (target.isEmpty()) {
            return;
        }
        Path file = withExtension(target.get(), extension);
        busy.set(true);
        status.set(Messages.get("ui.send.saving"));
        executor.submit(progress -> {
            writer.write(current, file);
            return file;
        }, saved -> {
            busy.set(false);
            lastFile.set(saved);
            folder.set(saved.toAbsolutePath().getParent());
            status.set(Messages.get("ui.send.saved", saved.getFileName(), saved.toAbsolutePath().getParent()));
            onSent.accept(way);
            then.accept(saved);
        }, failure -> {
            busy.set(false);
            status.set(Messages.get("ui.send.failed"));
            onError.accept(failure);
        });
    }

    /** Opens the mail app with the letter; falls back to an .eml file when a link cannot carry it. */
    public void openInMail() {
        Letter current = currentLetter();
        if (current.recipient().email() == null) {
            status.set(Messages.get("ui.send.noEmail", current.recipient().envelopeName()));
            return;
        }
        Optional<String> link = exporter.mailto(current);
        if (link.isPresent()) {
            desktop.open(link.get());
            lastFile.set(null);
            status.set(Messages.get("ui.send.mailOpened"));
            onSent.accept(Way.MAIL);
            return;
        }
        // Too long for a link: save it as an email file, then open that in the mail app.
        saveAs("eml", Way.MAIL, exporter::writeEml, file -> {
            desktop.open(file.toUri().toString());
            status.set(Messages.get("ui.send.emlOpened", file.getFileName(), file.toAbsolutePath().getParent()));
        });
    }

    public void copyToClipboard() {
        desktop.copyToClipboard(exporter.plainText(currentLetter()));
        lastFile.set(null);
        status.set(Messages.get("ui.send.copied"));
        onSent.accept(Way.CLIPBOARD);
    }

    /**
     * Prints the letter's PDF pages, away from the FX thread (the print dialog and the spooler are slow).
     * No printer, or a printer that refuses the job, is said in words, as a failure.
     */
    public void print() {
        Letter current = currentLetter();
        busy.set(true);
        status.set(Messages.get("ui.send.printing"));
        executor.submit(progress -> exporter.print(current), printed -> {
            busy.set(false);
            lastFile.set(null);
            if (printed) {
                status.set(Messages.get("ui.send.printed"));
                onSent.accept(Way.PRINT);
            } else {
                status.set(Messages.get("ui.send.notPrinted"));
            }
        }, failure -> {
            busy.set(false);
            lastFile.set(null);
            if (failure instanceof DearMpException) {
                fail(failure.getMessage());
            } else {
                fail(Messages.get("ui.send.printFailed"));
                onError.accept(failure);
            }
        });
    }

    /** Shows {@code message} as a failure, until the next status replaces it. */
    private void fail(String message) {
        status.set(message);
        statusFailed.set(true);
    }

    public void openFolder() {
        if (lastFile.get() != null) {
            desktop.openFolder(lastFile.get().toAbsolutePath().getParent());
        }
    }

    /** Clears the last confirmation, e.g. when the writer comes back to change the letter. */
    public void reset() {
        status.set("");
        lastFile.set(null);
    }

    private Letter currentLetter() {
        ComposedLetter composed = letter.getValue();
        if (composed == null) {
            throw new DearMpException(Messages.get("ui.send.noLetter"));
        }
        return composed.letter();
    }

    /** "Letter to Rachel Blake MP 2026-11-27.pdf": a name that sorts and says what it is. */
    String suggestedName(Letter current, String extension) {
        String to = current.recipient().envelopeName().replaceAll("[\\\\/:*?\"<>|]", "").strip();
        return Messages.get("ui.send.fileName", to, LocalDate.now(clock).toString()) + "." + extension;
    }

    private static Path withExtension(Path chosen, String extension) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? chosen
                : chosen.resolveSibling(name + "." + extension);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the status reports a failure (no printer, say), for the failure style. */
    public ReadOnlyBooleanProperty statusFailedProperty() {
        return statusFailed.getReadOnlyProperty();
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

    /** Said when the MP has no email: the PDF, posted, is the way. */
    public ReadOnlyStringProperty emailNoteProperty() {
        return emailNote.getReadOnlyProperty();
    }
}
