package org.dearmp.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.DialogButtons;
import org.dearmp.ui.common.Windows;

/**
 * The guide (Help > Guide, and F1 at the part for the screen): the list of its parts on the left, the part
 * chosen on the right. The arrow keys move through the list; Tab goes on to the text, which scrolls, and
 * Escape closes.
 */
public final class GuideDialog {
    private GuideDialog() {
    }

    public static Dialog<?> create(Window owner, GuideSection opening) {
        Dialog<Object> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("ui.guide.title"));
        dialog.getDialogPane().setId("help-dialog");
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.close());
        dialog.getDialogPane().lookupButton(DialogButtons.close()).setId("help-close");
        Windows.dialog(dialog, owner);
        double em = Windows.of(owner).fontSize();

        VBox page = new VBox();
        page.setId("guide-page");
        page.getStyleClass().add("help");
        page.setSpacing(0.5 * em);
        page.setPadding(new Insets(0.3 * em, 0.6 * em, 0.6 * em, 0.6 * em));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("guide-scroll");
        scroll.setFitToWidth(true);
        // Focusable, so that a keyboard alone can scroll a long part with the arrow keys.
        scroll.setFocusTraversable(true);
        scroll.setAccessibleText(Messages.get("ui.guide.text"));
        TreeView<GuideSection> sections = sectionTree();
        // The list is as wide as its longest name (indented, beside a scroll bar), so no name is cut short.
        double listWidth = longestHeading(em) + 4 * em;
        sections.setPrefWidth(listWidth);
        sections.setMinWidth(listWidth);
        // The text as large as reads well, but within its window (or the screen) at a large text size: it scrolls.
        Rectangle2D room = room(owner);
        scroll.setPrefSize(Math.max(12 * em, Math.min(32 * em, room.getWidth() - listWidth - 4 * em)),
                Math.max(8 * em, Math.min(26 * em, room.getHeight() - 7 * em)));
        HBox.setHgrow(scroll, Priority.ALWAYS);

        sections.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                page.getChildren().setAll(content(item.getValue()));
                scroll.setVvalue(0);
            }
        });
        select(sections, opening);
        // The tree keeps Escape for itself (to stop editing, which it never does here): Escape closes the guide.
        sections.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                ((Button) dialog.getDialogPane().lookupButton(DialogButtons.close())).fire();
            }
        });
        VBox.setVgrow(sections, Priority.ALWAYS);
        VBox list = new VBox(0.3 * em, Controls.labelFor("guide-sections-label", "ui.guide.sections", sections),
                sections);

        HBox body = new HBox(em, list, scroll);
        body.setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(body);
        dialog.setResizable(true);
        dialog.setOnShown(e -> {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
            sections.requestFocus();
        });
        return dialog;
    }

    public static void show(Window owner, GuideSection opening) {
        create(owner, opening).showAndWait();
    }

    private static TreeView<GuideSection> sectionTree() {
        TreeItem<GuideSection> root = new TreeItem<>();
        for (GuideSection section : GuideSection.topLevel()) {
            TreeItem<GuideSection> item = new TreeItem<>(section);
            if (section == GuideSection.SCREENS) {
                GuideSection.screens().forEach(screen -> item.getChildren().add(new TreeItem<>(screen)));
                item.setExpanded(true);
            }
            root.getChildren().add(item);
        }
        TreeView<GuideSection> tree = new TreeView<>(root);
        tree.setId("guide-sections");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new TreeCell<>() {
            @Override
            protected void updateItem(GuideSection section, boolean empty) {
                super.updateItem(section, empty);
                setText(empty || section == null ? null : section.heading());
            }
        });
        return tree;
    }

    private static void select(TreeView<GuideSection> tree, GuideSection section) {
        for (TreeItem<GuideSection> top : tree.getRoot().getChildren()) {
            for (TreeItem<GuideSection> item : withChildren(top)) {
                if (item.getValue() == section) {
                    tree.getSelectionModel().select(item);
                    tree.scrollTo(tree.getRow(item));
                    return;
                }
            }
        }
    }

    private static List<TreeItem<GuideSection>> withChildren(TreeItem<GuideSection> item) {
        List<TreeItem<GuideSection>> all = new ArrayList<>();
        all.add(item);
        all.addAll(item.getChildren());
        return all;
    }

    /** One part: its heading and paragraph, then its points, or a screen's keys. */
    private static List<Node> content(GuideSection section) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(Controls.heading("help-heading", section.heading()));
        nodes.add(Controls.text(section.isScreen() ? "help-text" : "guide-intro", section.intro()));
        List<String> points = section.points();
        for (int i = 0; i < points.size(); i++) {
            Label bullet = new Label("\u2022");
            bullet.setMinWidth(Region.USE_PREF_SIZE);
            Label text = Controls.text("guide-point-" + (i + 1), points.get(i));
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox point = new HBox(6, bullet, text);
            point.getStyleClass().add("guide-point");
            nodes.add(point);
        }
        if (section.isScreen()) {
            nodes.add(Controls.text("help-keys-heading", Messages.get("ui.help.keys"), "subheading"));
            nodes.add(Controls.text("help-keys", section.topic().keys(), "hint-text"));
        }
        return nodes;
    }

    private static double longestHeading(double em) {
        Text measure = new Text();
        measure.setFont(Font.font(Font.getDefault().getFamily(), em));
        double widest = 0;
        for (GuideSection section : GuideSection.values()) {
            measure.setText(section.heading());
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /** The room the guide has: its window's size, or the screen's when it has none. */
    private static Rectangle2D room(Window owner) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (owner == null || owner.getWidth() <= 0) {
            return screen;
        }
        return new Rectangle2D(owner.getX(), owner.getY(), Math.min(owner.getWidth(), screen.getWidth()),
                Math.min(owner.getHeight(), screen.getHeight()));
    }
}
