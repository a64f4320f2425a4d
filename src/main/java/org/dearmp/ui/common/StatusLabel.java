package org.dearmp.ui.common;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.dearmp.i18n.Messages;

/**
 * A status line that shows a {@link Status} in its kind's style: "status-success" with a tick,
 * "status-failure" with a cross, "status-cancelled", "status-working", "status-note". The sign and
 * the words say the kind too, so colour is never the only clue; hidden when there is nothing to say
 * (or, in a bar where it holds the other controls' place, only emptied).
 */
public final class StatusLabel {
    private static final List<String> KIND_CLASSES =
            List.of("status-none", "status-working", "status-success", "status-failure", "status-cancelled",
                    "status-note");

    private StatusLabel() {
    }

    public static Label create(String id, ObservableValue<Status> status) {
        return create(id, status, true);
    }

    public static Label create(String id, ObservableValue<Status> status, boolean hideWhenNone) {
        Label label = Controls.text(id, "", "status");
        show(label, status.getValue(), hideWhenNone);
        status.addListener((obs, old, now) -> show(label, now, hideWhenNone));
        return label;
    }

    /** The style class for a kind, e.g. "status-failure". */
    public static String styleClass(Status.Kind kind) {
        return KIND_CLASSES.get(kind.ordinal());
    }

    /** Gives {@code node} the class "{prefix}-{kind}" (e.g. "confirmation-failure") for the current status. */
    public static void styleByKind(Node node, String prefix, ObservableValue<Status> status) {
        Runnable apply = () -> {
            node.getStyleClass().removeIf(c -> c.startsWith(prefix + "-"));
            Status now = status.getValue() == null ? Status.NONE : status.getValue();
            node.getStyleClass().add(prefix + "-" + now.kind().name().toLowerCase(java.util.Locale.ROOT));
        };
        apply.run();
        status.addListener((obs, old, now) -> apply.run());
    }

    private static void show(Label label, Status status, boolean hideWhenNone) {
        Status shown = status == null ? Status.NONE : status;
        label.getStyleClass().removeAll(KIND_CLASSES);
        label.getStyleClass().add(styleClass(shown.kind()));
        String sign = Messages.get("ui.status.sign." + shown.kind().name().toLowerCase(java.util.Locale.ROOT));
        label.setText(shown.text().isEmpty() ? "" : (sign.isEmpty() ? "" : sign + " ") + shown.text());
        label.setAccessibleText(shown.text().isEmpty() ? ""
                : Messages.get("ui.status.accessible." + shown.kind().name().toLowerCase(java.util.Locale.ROOT),
                        shown.text()));
        if (hideWhenNone) {
            label.setVisible(shown.shown());
            label.setManaged(shown.shown());
        }
    }
}
