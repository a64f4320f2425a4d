package org.dearmp.ui.wizard;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.dearmp.i18n.Messages;

/** "1 Your postcode › 2 Your MP › ...": where the user is, what is done, and a way back to it. */
public final class StepIndicator extends HBox {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    public StepIndicator(WizardViewModel vm) {
        setId("step-indicator");
        getStyleClass().add("step-indicator");
        for (Step step : Step.values()) {
            if (!step.isFirst()) {
                Label separator = new Label("\u203a");
                separator.getStyleClass().add("step-separator");
                separator.setMinWidth(Region.USE_PREF_SIZE);
                getChildren().add(separator);
            }
            Button pill = new Button();
            pill.setId("step-" + step.name().toLowerCase(java.util.Locale.ROOT) + "-indicator");
            pill.setMnemonicParsing(false);
            pill.getStyleClass().add("step-pill");
            pill.setFocusTraversable(false);
            pill.disableProperty().bind(vm.visitableBinding(step).not());
            pill.setOnAction(e -> vm.goTo(step));
            Runnable refresh = () -> {
                Step current = vm.stepProperty().get();
                boolean done = step.ordinal() < current.ordinal();
                pill.pseudoClassStateChanged(CURRENT, step == current);
                // In a narrow window the other steps give way (with an ellipsis); the current one never does.
                pill.setMinWidth(step == current ? Region.USE_PREF_SIZE : Region.USE_COMPUTED_SIZE);
                pill.pseudoClassStateChanged(DONE, done);
                pill.setText((done ? "\u2713 " : step.number() + "  ") + step.title());
                pill.setAccessibleText(Messages.get(step == current ? "ui.step.accessibleCurrent"
                        : "ui.step.accessible", step.number(), Step.values().length, step.title()));
            };
            vm.stepProperty().addListener((obs, old, now) -> refresh.run());
            refresh.run();
            getChildren().add(pill);
        }
    }
}
