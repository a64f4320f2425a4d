package org.dearmp.ui.desktop;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question the app asks the user in a standard dialog: the app shows JavaFX dialogs, view model
 * tests script the answers and see what was asked. After JabRef's DialogService, small and typed.
 */
public interface DialogService {

    /** Where an answer's button goes, and what closing the dialog means. */
    enum Role {
        /** Does what was asked. */
        YES,
        /** Another way on. */
        OTHER,
        /** Changes nothing; closing the dialog (Escape) answers this. */
        NO
    }

    /**
     * One button: {@code label} is bundle text (with its mnemonic), {@code id} names the button for tests and
     * the accessibility walk, and the default one is what Enter does.
     */
    record Answer<T>(T value, String id, String label, Role role, boolean isDefault) {
    }

    /**
     * A question's words; {@code header} may be null. {@code id} names the dialog for tests and the
     * accessibility walk: the dialog is {@code id-dialog}, its message {@code id-message}.
     */
    record Question(String id, String title, String header, String message) {
    }

    /** The answer the user gave; empty when they closed the dialog without one that says otherwise. */
    <T> Optional<T> choose(Question question, List<Answer<T>> answers);

    /** A yes-or-no question with the app's own words for both; yes is what Enter does. */
    default boolean confirm(Question question, String yes, String no) {
        return choose(question, List.of(
                new Answer<>(Boolean.FALSE, question.id() + "-no", no, Role.NO, false),
                new Answer<>(Boolean.TRUE, question.id() + "-yes", yes, Role.YES, true))).orElse(false);
    }

    /** @return empty when the user cancelled */
    Optional<Path> chooseFileToOpen(String title, FileKind kind);

    /**
     * @param initialFolder where the dialog starts; null for the last folder used, or the home folder
     * @return empty when the user cancelled
     */
    Optional<Path> chooseFileToSave(String title, FileKind kind, Path initialFolder, String suggestedName);

    /** @return empty when the user cancelled */
    Optional<Path> chooseFolder(String title);

    /** Says what went wrong in plain words: a domain exception's user message, never a stack trace. */
    void showError(Throwable error);

    /** A message the user only acknowledges. */
    void showInfo(Question question);
}
