package org.dearmp.ui.wizard;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.dearmp.i18n.Messages;

/**
 * "1 Your postcode › 2 Your MP › ...": where the user is, what is done, and a way back to it. When the
 * window is too narrow for every title (large text, a small window), the other steps show only their
 * number or tick, with the title as a tooltip and for screen readers, rather than titles cut short with "...";
 * the current step always shows its title in full.
 */
public final class StepIndicator extends HBox {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final WizardViewModel vm;
    private final Map<Step, Button> pills = new LinkedHashMap<>();

    public StepIndicator(WizardViewModel vm) {
        this.vm = vm;
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
            pill.setTooltip(new Tooltip(step.title()));
            pill.disableProperty().bind(vm.visitableBinding(step).not());
            pill.setOnAction(e -> vm.goTo(step));
            Runnable refresh = () -> {
                Step current = vm.stepProperty().get();
                pill.pseudoClassStateChanged(CURRENT, step == current);
                // Should the window be narrower still than the numbers, the other steps give way; the current never does.
                pill.setMinWidth(step == current ? Region.USE_PREF_SIZE : Region.USE_COMPUTED_SIZE);
                pill.pseudoClassStateChanged(DONE, step.ordinal() < current.ordinal());
                pill.setAccessibleText(Messages.get(step == current ? "ui.step.accessibleCurrent"
                        : "ui.step.accessible", step.number(), Step.values().length, step.title()));
                requestLayout();
            };
            vm.stepProperty().addListener((obs, old, now) -> refresh.run());
            refresh.run();
            pills.put(step, pill);
            getChildren().add(pill);
        }
        pills.forEach((step, pill) -> pill.setText(fullText(step)));
    }

    private String fullText(Step step) {
        return (done(step) ? "\u2713 " : step.number() + "  ") + step.title();
    }

    private String shortText(Step step) {
        return done(step) ? "\u2713" : String.valueOf(step.number());
    }

    private boolean done(Step step) {
        return step.ordinal() < vm.stepProperty().get().ordinal();
    }

    /** Whether every step's full title fits in the width there is. */
    private boolean allTitlesFit() {
        double needed = snappedLeftInset() + snappedRightInset() + getSpacing() * (getChildren().size() - 1);
        for (Node child : getChildren()) {
            if (child instanceof Button pill) {
                Step step = pills.entrySet().stream().filter(e -> e.getValue() == pill).findFirst().orElseThrow()
                        .getKey();
                Text measure = new Text(fullText(step));
                measure.setFont(pill.getFont());
                needed += Math.ceil(measure.getLayoutBounds().getWidth()) + pill.snappedLeftInset()
                        + pill.snappedRightInset() + 2;
            } else {
                needed += ((Region) child).prefWidth(-1);
            }
        }
        return needed <= getWidth();
    }

    @Override
    protected void layoutChildren() {
        boolean fit = getWidth() <= 0 || allTitlesFit();
        Step current = vm.stepProperty().get();
        for (Map.Entry<Step, Button> e : pills.entrySet()) {
            String text = fit || e.getKey() == current ? fullText(e.getKey()) : shortText(e.getKey());
            if (!text.equals(e.getValue().getText())) {
                e.getValue().setText(text);
            }
        }
        super.layoutChildren();
    }
}
