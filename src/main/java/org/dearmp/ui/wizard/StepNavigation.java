package org.dearmp.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Which step is showing, and where the user may go from it: on once the step is complete, back from
 * any but the first, straight to any step whose earlier steps are all complete.
 */
final class StepNavigation {
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.POSTCODE);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper();
    private final ObservableBooleanValue[] complete;

    /** @param complete by step, in order: true while that step has all it needs (the last step never does) */
    StepNavigation(ObservableBooleanValue... complete) {
        if (complete.length != Step.values().length) {
            throw new IllegalArgumentException("One completeness per step");
        }
        this.complete = complete.clone();
        canGoNext.bind(Bindings.createBooleanBinding(
                () -> !step.get().isLast() && this.complete[step.get().ordinal()].get(), with(step, this.complete)));
        canGoBack.bind(Bindings.createBooleanBinding(() -> !step.get().isFirst(), step));
    }

    private static javafx.beans.Observable[] with(javafx.beans.Observable first, ObservableBooleanValue[] rest) {
        javafx.beans.Observable[] all = new javafx.beans.Observable[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    void next() {
        if (canGoNext.get()) {
            step.set(Step.values()[step.get().ordinal() + 1]);
        }
    }

    void back() {
        if (canGoBack.get()) {
            step.set(Step.values()[step.get().ordinal() - 1]);
        }
    }

    void goTo(Step target) {
        if (canVisit(target)) {
            step.set(target);
        }
    }

    /** Shows {@code target} whether or not the steps before it are complete (to start again, or correct a seat). */
    void show(Step target) {
        step.set(target);
    }

    /** Goes to step {@code ordinal} (as a draft saved it) or, if it cannot be visited, the furthest step before it that can. */
    void goAsFarAs(int ordinal) {
        Step reachable = Step.POSTCODE;
        for (Step s : Step.values()) {
            if (s.ordinal() <= ordinal && canVisit(s)) {
                reachable = s;
            }
        }
        step.set(reachable);
    }

    boolean canVisit(Step target) {
        for (int i = 0; i < target.ordinal(); i++) {
            if (!complete[i].get()) {
                return false;
            }
        }
        return true;
    }

    BooleanBinding visitableBinding(Step target) {
        return Bindings.createBooleanBinding(() -> canVisit(target), complete);
    }

    Step current() {
        return step.get();
    }

    ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }
}
