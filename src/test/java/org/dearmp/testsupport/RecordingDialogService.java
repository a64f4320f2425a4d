package org.dearmp.testsupport;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.desktop.FileKind;

/**
 * The dialog service for tests: answers from a script and records what was asked. Questions left
 * unscripted are answered as closing the dialog would, or passed on to a real service when given one
 * (an acceptance test drives the real questions and answers only the file dialogs).
 */
public final class RecordingDialogService implements DialogService {

    /** A file dialog as it was asked. */
    public record FileRequest(String kind, String title, FileKind fileKind, Path initialFolder, String suggestedName) {
    }

    public final List<Question> questions = new ArrayList<>();
    public final List<FileRequest> fileRequests = new ArrayList<>();
    public final List<Throwable> errors = new ArrayList<>();
    public final List<Question> infos = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();
    private final Deque<Optional<Path>> files = new ArrayDeque<>();
    private final DialogService otherwise;
    private Function<FileRequest, Optional<Path>> fileAnswers = request -> Optional.empty();
    private Function<Question, Object> questionAnswers;

    public RecordingDialogService() {
        this(null);
    }

    /** @param otherwise asks what the script does not answer; null to answer as closing the dialog would */
    public RecordingDialogService(DialogService otherwise) {
        this.otherwise = otherwise;
    }

    /** The next question is answered with {@code value}, the value of one of the answers offered. */
    public RecordingDialogService answer(Object value) {
        answers.add(value);
        return this;
    }

    /** The next file dialog chooses {@code file}. */
    public RecordingDialogService choose(Path file) {
        files.add(Optional.of(file));
        return this;
    }

    /** The next file dialog is cancelled. */
    public RecordingDialogService cancelFile() {
        files.add(Optional.empty());
        return this;
    }

    /** File dialogs left unscripted are answered by {@code answers}; otherwise they are cancelled. */
    public RecordingDialogService answerFilesWith(Function<FileRequest, Optional<Path>> answers) {
        fileAnswers = answers;
        return this;
    }

    /** Questions left unscripted are answered by {@code answers} (with the value of an answer offered). */
    public RecordingDialogService answerQuestionsWith(Function<Question, Object> answers) {
        questionAnswers = answers;
        return this;
    }

    public Question lastQuestion() {
        return questions.get(questions.size() - 1);
    }

    @Override
    public <T> Optional<T> choose(Question question, List<Answer<T>> offered) {
        questions.add(question);
        if (answers.isEmpty() && questionAnswers == null) {
            return otherwise != null ? otherwise.choose(question, offered) : closed(offered);
        }
        Object scripted = answers.isEmpty() ? questionAnswers.apply(question) : answers.poll();
        return Optional.of(offered.stream().map(Answer::value).filter(scripted::equals).findFirst()
                .orElseThrow(() -> new AssertionError(scripted + " is not among the answers offered: " + offered)));
    }

    private static <T> Optional<T> closed(List<Answer<T>> offered) {
        return offered.stream().filter(a -> a.role() == Role.NO).map(Answer::value).findFirst();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        return nextFile(new FileRequest("open", title, kind, null, null));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileKind kind, Path initialFolder, String suggestedName) {
        return nextFile(new FileRequest("save", title, kind, initialFolder, suggestedName));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return nextFile(new FileRequest("folder", title, null, null, null));
    }

    private Optional<Path> nextFile(FileRequest request) {
        fileRequests.add(request);
        return files.isEmpty() ? fileAnswers.apply(request) : files.poll();
    }

    @Override
    public void showError(Throwable error) {
        errors.add(error);
        if (otherwise != null) {
            otherwise.showError(error);
        }
    }

    @Override
    public void showInfo(Question question) {
        infos.add(question);
        if (otherwise != null) {
            otherwise.showInfo(question);
        }
    }
}
