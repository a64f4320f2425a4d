package org.dearmp.ui.wizard.letter;

import static org.dearmp.ui.common.Controls.labelFor;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;

/** Step 4: the writer's details, points and story on the left, the live letter on the right. */
public final class LetterView extends SplitPane {
    private final LetterViewModel vm;
    private final TextField name = Controls.field("sender-name", "ui.letter.namePrompt");
    private final VBox pointRows = new VBox();

    public LetterView(LetterViewModel vm) {
        this.vm = vm;
        setId("step-letter");
        getStyleClass().add("letter-step");
        setOrientation(Orientation.HORIZONTAL);

        ScrollPane form = new ScrollPane(buildForm());
        form.setId("letter-form-scroll");
        form.setFitToWidth(true);
        form.getStyleClass().add("form-scroll");
        // The column scrolls when the notes above the letter and a large text size leave it too little
        // room: the letter itself keeps its minimum height rather than shrinking to a sliver.
        ScrollPane preview = new ScrollPane(buildPreview());
        preview.setId("letter-preview-column");
        preview.setFitToWidth(true);
        preview.setFitToHeight(true);
        preview.getStyleClass().add("form-scroll");
        getItems().addAll(form, preview);
        setDividerPositions(0.48);
    }

    private VBox buildForm() {
        Label heading = Controls.heading("letter-heading", Messages.get("ui.letter.heading"));

        // --- sender
        Label detailsHeading = Controls.text("sender-heading", Messages.get("ui.letter.details"), "subheading");
        Label remembered = Controls.text("sender-remembered", Messages.get("ui.letter.remembered"), "hint-text");
        TextArea address = Controls.area("sender-address", "ui.letter.addressPrompt", 3);
        TextField postcode = Controls.field("sender-postcode", null);
        TextField email = Controls.field("sender-email", null);
        TextField phone = Controls.field("sender-phone", null);
        name.textProperty().bindBidirectional(vm.nameProperty());
        address.textProperty().bindBidirectional(vm.addressProperty());
        postcode.textProperty().bindBidirectional(vm.postcodeProperty());
        email.textProperty().bindBidirectional(vm.emailProperty());
        phone.textProperty().bindBidirectional(vm.phoneProperty());
        postcode.setPrefColumnCount(9);
        Label nameError = Controls.text("sender-name-error", "", "field-error");
        nameError.textProperty().bind(vm.nameErrorProperty());
        Controls.showWhen(nameError, vm.nameErrorProperty().isNotEmpty());
        name.accessibleHelpProperty().bind(vm.nameErrorProperty());
        Label emailError = Controls.text("sender-email-error", "", "field-error");
        emailError.textProperty().bind(vm.emailErrorProperty());
        Controls.showWhen(emailError, vm.emailErrorProperty().isNotEmpty());
        email.accessibleHelpProperty().bind(vm.emailErrorProperty());
        Label postcodeError = Controls.text("sender-postcode-error", "", "field-error");
        postcodeError.textProperty().bind(vm.postcodeErrorProperty());
        Controls.showWhen(postcodeError, vm.postcodeErrorProperty().isNotEmpty());
        postcode.accessibleHelpProperty().bind(vm.postcodeErrorProperty());

        GridPane sender = new GridPane();
        sender.setId("sender-grid");
        sender.getStyleClass().add("form-grid");
        sender.addRow(0, labelFor("sender-name-label", "ui.letter.name", name), name);
        sender.add(nameError, 1, 1);
        sender.addRow(2, labelFor("sender-address-label", "ui.letter.address", address), address);
        HBox postcodeRow = new HBox(postcode);
        sender.addRow(3, labelFor("sender-postcode-label", "ui.letter.postcode", postcode),
                new VBox(postcodeRow, postcodeError));
        // The error sits under the field in the same row, so the form does not move until there is one.
        sender.addRow(4, labelFor("sender-email-label", "ui.letter.email", email), new VBox(email, emailError));
        sender.addRow(5, labelFor("sender-phone-label", "ui.letter.phone", phone), phone);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        sender.getColumnConstraints().addAll(labels, fields);

        // --- prompts from the template
        Label promptsHeading = Controls.text("prompts-heading", Messages.get("ui.letter.prompts"), "subheading");
        VBox prompts = new VBox();
        prompts.setId("prompt-list");
        prompts.getStyleClass().add("prompts");
        vm.prompts().addListener((ListChangeListener<String>) c -> fillPrompts(prompts));
        fillPrompts(prompts);
        VBox promptBox = new VBox(promptsHeading, prompts);
        promptBox.getStyleClass().add("section");
        Controls.showWhen(promptBox, javafx.beans.binding.Bindings.isNotEmpty(vm.prompts()));

        // --- points
        Label pointsHeading = Controls.text("points-heading", Messages.get("ui.letter.points"), "subheading");
        Label pointsHint = Controls.text("points-hint", Messages.get("ui.letter.pointsHint"), "hint-text");
        pointRows.setId("point-rows");
        pointRows.getStyleClass().add("point-rows");
        vm.points().addListener((ListChangeListener<PointViewModel>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                fillPoints();
            }
        });
        fillPoints();
        Button addPoint = Controls.button("add-point", "ui.letter.addPoint", e -> {
            PointViewModel point = vm.addPoint("");
            focusPoint(point);
            // Alt+P focuses the button after pressing it: the new point takes the focus back.
            javafx.application.Platform.runLater(() -> focusPoint(point));
        });

        // --- story
        Label storyHeading = Controls.text("story-heading", Messages.get("ui.letter.storyHeading"), "subheading");
        TextArea story = Controls.area("story", "ui.letter.storyPrompt", 6);
        story.textProperty().bindBidirectional(vm.storyProperty());
        Label storyLabel = labelFor("story-label", "ui.letter.story", story);

        VBox form = new VBox(heading, detailsHeading, remembered, sender, seatCheck(), promptBox, pointsHeading,
                pointsHint, pointRows, addPoint, storyHeading, storyLabel, story);
        form.setId("letter-form");
        form.getStyleClass().addAll("step", "letter-form");
        return form;
    }

    /** "Your address postcode is in another seat": write to that seat's MP instead, or keep this one. */
    private VBox seatCheck() {
        VBox box = new VBox();
        box.setId("seat-check");
        box.getStyleClass().addAll("note", "seat-check");
        SeatCheckViewModel check = vm.seatCheck();
        if (check == null) {
            Controls.showWhen(box, new javafx.beans.property.SimpleBooleanProperty(false));
            return box;
        }
        Label message = Controls.text("seat-check-message", "", "seat-check-message");
        message.textProperty().bind(check.messageProperty());
        message.setWrapText(true);
        Button switchSeat = new Button();
        switchSeat.setId("seat-check-switch");
        // Alt+W, the message's first letter: "Write to ...'s MP instead".
        switchSeat.setMnemonicParsing(true);
        switchSeat.textProperty().bind(javafx.beans.binding.Bindings.concat("_", check.switchTextProperty()));
        switchSeat.accessibleTextProperty().bind(check.switchTextProperty());
        switchSeat.setOnAction(e -> check.switchSeat());
        Button keep = Controls.button("seat-check-keep", "ui.letter.seat.keep", e -> check.keep());
        keep.setMinWidth(Region.USE_PREF_SIZE);
        // A long seat name at large text: "Keep this MP" moves to its own line, and the switch button's words
        // wrap within the note rather than pushing the whole form wider than its column.
        FlowPane buttons = new FlowPane(switchSeat, keep);
        buttons.getStyleClass().add("seat-check-buttons");
        buttons.setMinWidth(0);
        switchSeat.setWrapText(true);
        switchSeat.maxWidthProperty().bind(buttons.widthProperty());
        box.getChildren().addAll(message, buttons);
        box.setSpacing(8);
        // Hidden buttons too, so nothing unnamed is left for a screen reader while there is nothing to say.
        for (javafx.scene.Node node : List.of(box, switchSeat, keep)) {
            Controls.showWhen(node, check.shownProperty());
        }
        return box;
    }

    private void fillPrompts(VBox prompts) {
        prompts.getChildren().clear();
        int i = 0;
        for (String prompt : vm.prompts()) {
            prompts.getChildren().add(Controls.text("prompt-" + i++, "\u2022 " + prompt, "prompt"));
        }
    }

    private void fillPoints() {
        pointRows.getChildren().clear();
        int i = 0;
        int count = vm.points().size();
        for (PointViewModel point : vm.points()) {
            int number = i + 1;
            TextField text = new TextField();
            text.setId("point-" + number);
            text.textProperty().bindBidirectional(point.textProperty());
            text.setPromptText(Messages.get("ui.letter.pointPrompt"));
            text.setAccessibleText(Messages.get("ui.letter.pointAccessible", number));
            // Enter goes on to the next point (a new one after the last), never on to the next step.
            text.setOnAction(e -> {
                e.consume();
                nextPoint(point);
            });
            HBox.setHgrow(text, Priority.ALWAYS);
            Label numberLabel = new Label(number + ".");
            numberLabel.setId("point-" + number + "-label");
            numberLabel.setLabelFor(text);
            numberLabel.setMinWidth(Region.USE_PREF_SIZE);
            numberLabel.getStyleClass().add("point-number");
            Button up = Controls.iconButton("point-" + number + "-up", "\u2191",
                    Messages.get("ui.letter.moveUp", number), e -> {
                        vm.moveUp(point);
                        focusPoint(point);
                    });
            Button down = Controls.iconButton("point-" + number + "-down", "\u2193",
                    Messages.get("ui.letter.moveDown", number), e -> {
                        vm.moveDown(point);
                        focusPoint(point);
                    });
            Button remove = Controls.iconButton("point-" + number + "-remove", "\u2715",
                    Messages.get("ui.letter.remove", number), e -> vm.removePoint(point));
            up.setDisable(i == 0);
            down.setDisable(i == count - 1);
            HBox row = new HBox(numberLabel, text, up, down, remove);
            row.getStyleClass().add("point-row");
            row.setUserData(point);
            pointRows.getChildren().add(row);
            i++;
        }
    }

    /** After Enter in a point: the next point, or a new one after the last (unless the last is still empty). */
    private void nextPoint(PointViewModel point) {
        int index = vm.points().indexOf(point);
        if (index >= 0 && index < vm.points().size() - 1) {
            focusPoint(vm.points().get(index + 1));
        } else if (!point.textProperty().get().isBlank()) {
            focusPoint(vm.addPoint(""));
        }
    }

    private void focusPoint(PointViewModel point) {
        for (var row : pointRows.getChildren()) {
            if (row.getUserData() == point) {
                ((HBox) row).getChildren().get(1).requestFocus();
            }
        }
    }

    private VBox buildPreview() {
        Label heading = Controls.text("preview-heading", Messages.get("ui.letter.preview"), "subheading");

        Label words = Controls.text("word-count", "", "metric");
        words.textProperty().bind(vm.wordCountTextProperty());
        Label page = Controls.text("page-fit", "", "metric");
        page.textProperty().bind(vm.pageTextProperty());
        vm.fitsOnePageProperty().addListener((obs, old, fits) -> page.pseudoClassStateChanged(OVER, !fits));
        ProgressBar meter = new ProgressBar();
        meter.setId("originality-meter");
        meter.progressProperty().bind(vm.originalityProperty());
        Label originality = Controls.text("originality", "", "metric");
        originality.textProperty().bind(vm.originalityTextProperty());
        meter.accessibleTextProperty().bind(vm.originalityTextProperty());
        meter.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(meter, Priority.ALWAYS);
        vm.originalityProperty().addListener((obs, old, now) ->
                meter.pseudoClassStateChanged(LOW, now.doubleValue() < LetterViewModel.LOW_ORIGINALITY));
        HBox metrics = new HBox(words, page);
        metrics.getStyleClass().add("metrics");
        originality.setMinWidth(Region.USE_PREF_SIZE);
        originality.setWrapText(false);
        HBox meterRow = new HBox(meter, originality);
        meterRow.getStyleClass().add("meter-row");
        Label guidance = Controls.text("guidance", "", "guidance");
        guidance.textProperty().bind(vm.guidanceProperty());
        Label askNote = Controls.text("speaker-ask-note", "", "note");
        askNote.textProperty().bind(vm.askNoteProperty());
        Controls.showWhen(askNote, vm.askNoteProperty().isNotEmpty());
        Label problem = Controls.text("letter-problem", "", "field-error");
        problem.textProperty().bind(vm.problemProperty());
        Controls.showWhen(problem, vm.problemProperty().isNotEmpty());

        TextFlow paper = new TextFlow();
        paper.setId("preview-text");
        paper.getStyleClass().add("paper-text");
        paper.accessibleTextProperty().bind(vm.previewTextProperty());
        vm.preview().addListener((ListChangeListener<PreviewSegment>) c -> fillPreview(paper));
        fillPreview(paper);
        StackPane sheet = new StackPane(paper);
        sheet.getStyleClass().add("paper");
        ScrollPane scroll = new ScrollPane(sheet);
        scroll.setId("preview-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("preview-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        scroll.getStyleClass().add("preview-letter");
        Label legend = Controls.text("preview-legend", Messages.get("ui.letter.legend"), "hint-text");

        ChecklistPane checklist = new ChecklistPane(vm.checklist());

        VBox box = new VBox(heading, metrics, meterRow, guidance, checklist, askNote, problem, scroll, legend);
        box.setId("letter-preview");
        box.getStyleClass().addAll("step", "preview-pane");
        box.setMinWidth(0);
        return box;
    }

    private static final javafx.css.PseudoClass OVER = javafx.css.PseudoClass.getPseudoClass("over");
    private static final javafx.css.PseudoClass LOW = javafx.css.PseudoClass.getPseudoClass("low");

    private void fillPreview(TextFlow paper) {
        paper.getChildren().clear();
        for (PreviewSegment segment : vm.preview()) {
            Text text = new Text(segment.text());
            text.getStyleClass().add(segment.template() ? "template-text" : "own-text");
            paper.getChildren().add(text);
        }
    }

    public void focusFirst() {
        name.requestFocus();
    }
}
