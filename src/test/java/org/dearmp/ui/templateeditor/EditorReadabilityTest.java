package org.dearmp.ui.templateeditor;

import org.dearmp.testsupport.Bundled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.testsupport.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.ProblemKind;
import org.dearmp.template.user.ImportPlan;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.Pictures;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.task.Debouncer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a user sees: selected rows they can read, problems in the editor's words, a plain read-only notice. */
@DataTest
@UiTest
@ExtendWith(ApplicationExtension.class)
class EditorReadabilityTest {
    /** WCAG AA for ordinary text. */
    private static final double READABLE = 4.5;

    @TempDir
    static Path home;
    @TempDir
    Path pictures;

    private TemplateEditorViewModel vm;
    private Scene scene;
    /** Says no to every question; nothing here may go wrong. */
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @AfterEach
    void nothingWentWrong() {
        assertThat(dialogs.errors).isEmpty();
    }

    @Start
    void start(Stage stage) {
        AppDataFolder data = new AppDataFolder(home.resolve("case-" + System.nanoTime()));
        vm = new TemplateEditorViewModel(TemplateEditorWindow.services(Bundled.catalog(data),
                new ParliamentRepository(data).bundled(), Debouncer.immediate(), Runnable::run, new org.dearmp.ui.task.CallingThreadExecutor(),
                Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)), dialogs);
        scene = new Scene(new TemplateEditorView(vm).root(), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void selectedRowsStayReadableWithAndWithoutTheFocus(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.list().select("stronger-laws");
            vm.list().duplicate();
            vm.form().askProperty().set("");
            vm.form().bodyProperty().set("Dear {{mp.salutation}},\n\n{{mp.nmae}}\n{{points}}");
        });
        ListView<?> templates = robot.lookup("#editor-templates").queryAs(ListView.class);
        ListView<?> problems = robot.lookup("#editor-problems").queryAs(ListView.class);
        robot.interact(() -> {
            problems.getSelectionModel().select(0);
            problems.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertReadable(selectedCell(robot, "#editor-problems"), "a selected problem, list focused");

        robot.interact(() -> templates.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertReadable(selectedCell(robot, "#editor-templates"), "the selected template, list focused");
        assertReadable(selectedCell(robot, "#editor-problems"), "a selected problem, list not focused");
        snapshot(robot, "editor-selected-rows-focused.png");

        robot.interact(() -> robot.lookup("#editor-search").queryAs(TextField.class).requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertReadable(selectedCell(robot, "#editor-templates"), "the selected template, list not focused");
        snapshot(robot, "editor-selected-rows.png");
    }

    @Test
    void theProblemsListSaysFillInTheAskBox(FxRobot robot) {
        robot.interact(() -> {
            vm.list().select("visit-local-projects");
            vm.list().duplicate();
            vm.form().askProperty().set("");
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = robot.lookup("#editor-problems .list-cell")
                .match((ListCell<?> c) -> c.getItem() instanceof ProblemRow row
                        && row.problem().kind() == ProblemKind.MISSING_ASK)
                .query();
        assertThat(cell.getText()).contains("Fill in the Ask box").doesNotContain("\"ask:\"", "file line");
        assertThat(cell.getTooltip().getText()).as("no code names shown").contains("Fill in the Ask box")
                .doesNotContain("MISSING_ASK");
    }

    @Test
    void aBundledTemplateSaysPlainlyItIsReadOnlyAndHowToEditIt(FxRobot robot) throws Exception {
        robot.interact(() -> vm.list().select("stronger-laws"));
        // However far the form is scrolled, the notice stays in sight above it and the letter.
        robot.interact(() -> robot.lookup("#editor-form-scroll").queryAs(ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Label notice = robot.lookup("#editor-bundled-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("bundled template", "can't be changed", "Duplicate");
        assertThat(onScreen(notice)).as("the notice is in sight").isTrue();
        TextArea body = robot.lookup("#editor-body").queryAs(TextArea.class);
        assertThat(body.isEditable()).isFalse();
        assertThat(body.getAccessibleHelp()).isEqualTo(notice.getText());
        assertThat(vm.statusProperty().get().text()).contains("Read-only", "Duplicate to edit");
        assertThat(robot.lookup("#editor-problems").queryAs(ListView.class).getPlaceholder())
                .isInstanceOfSatisfying(Label.class, none -> assertThat(none.getText()).startsWith("No problems")
                        .as("a bundled template is never saved").doesNotContain("saved"));
        snapshot(robot, "editor-read-only.png");

        robot.interact(vm.list()::duplicate);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notice.isVisible()).isFalse();
        assertThat(body.getAccessibleHelp()).isNull();
    }

    private boolean onScreen(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        Node parent = node.getParent();
        while (parent != null) {
            if (parent instanceof ScrollPane pane) {
                Bounds viewport = pane.localToScene(pane.getBoundsInLocal());
                if (!viewport.contains(bounds.getMinX() + 1, bounds.getMinY() + 1)) {
                    return false;
                }
            }
            parent = parent.getParent();
        }
        return bounds.getHeight() > 0 && bounds.getMinY() >= 0 && bounds.getMaxY() <= scene.getHeight();
    }

    private static ListCell<?> selectedCell(FxRobot robot, String list) {
        // The list can be longer than the window: the selected row is looked at where a user would see it.
        ListView<?> view = robot.lookup(list).queryAs(ListView.class);
        robot.interact(() -> view.scrollTo(view.getSelectionModel().getSelectedIndex()));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(list + " .list-cell").match((ListCell<?> c) -> c.isSelected() && !c.isEmpty()).query();
    }

    /** Every text in the cell against the cell's own background, as CSS has styled them. */
    private static void assertReadable(ListCell<?> cell, String what) {
        Color background = cell.getBackground().getFills().stream().map(BackgroundFill::getFill)
                .filter(Color.class::isInstance).map(Color.class::cast).reduce((a, b) -> b).orElseThrow();
        List<Color> texts = new java.util.ArrayList<>();
        if (cell.getText() != null && !cell.getText().isBlank()) {
            texts.add((Color) cell.getTextFill());
        }
        cell.lookupAll(".label").stream().filter(n -> n != cell && n instanceof Label l && l.isVisible()
                && !l.getText().isBlank()).forEach(n -> texts.add((Color) ((Label) n).getTextFill()));
        assertThat(texts).as(what).isNotEmpty();
        for (Color text : texts) {
            assertThat(contrast(text, background)).as(what + ": " + text + " on " + background)
                    .isGreaterThanOrEqualTo(READABLE);
        }
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** For looking at it: the window as drawn, in the test's own folder (see {@link Pictures}). */
    private void snapshot(FxRobot robot, String file) throws IOException, java.util.concurrent.ExecutionException,
            java.util.concurrent.TimeoutException, InterruptedException {
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(30, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Pictures.folder(pictures).resolve(file).toFile());
    }
}
