package org.dearmp.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.Mnemonic;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.dearmp.userdata.Settings;

/**
 * Makes every window of the app the same way: the app's stylesheet, the text size the user chose (now and
 * whenever it changes, for windows already open too), the focused control kept in view, F1 for help. A
 * window other than the main one also closes with Escape or Ctrl+W, exactly as its close button does (so a
 * guard on closing still asks), and takes Ctrl+=, Ctrl+- and Ctrl+0 for the text size. One factory per app:
 * the windows it makes remember it, so a window opened from one of them finds it with {@link #of(Window)}.
 */
public final class Windows {
    static final String STYLESHEET = "/org/dearmp/ui/dear-mp.css";
    /** The app's icon at the sizes a desktop picks from for title bars, task bars and switchers. */
    static final List<String> ICONS = List.of("dear-mp-16.png", "dear-mp-32.png", "dear-mp-64.png", "dear-mp-256.png");
    private static final String KEY = Windows.class.getName();
    private static final String LISTENER = Windows.class.getName() + ".textSize";
    static final KeyCombination LARGER = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SMALLER = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NORMAL = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    /** How much one Larger text or Smaller text changes the size. */
    public static final double STEP = 1.1;

    private final double baseFontSize;
    private final DoubleProperty scale = new SimpleDoubleProperty(1.0);

    /** Text at the system's size, times {@code -Ddearmp.fontScale} (for the large-text screenshots and tests). */
    public Windows() {
        this(javafx.scene.text.Font.getDefault().getSize()
                * Double.parseDouble(System.getProperty("dearmp.fontScale", "1")));
    }

    public Windows(double baseFontSize) {
        this.baseFontSize = baseFontSize;
    }

    /** The factory that made {@code window} or one of its owners; a new one for a window made elsewhere. */
    public static Windows of(Window window) {
        for (Window w = window; w != null; w = w instanceof Stage stage ? stage.getOwner() : null) {
            if (w.getProperties().get(KEY) instanceof Windows windows) {
                return windows;
            }
        }
        return new Windows();
    }

    /** How much larger than the system's the text is (1 = the same); every window follows it. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    public double scale() {
        return scale.get();
    }

    /** Sets the text size, within what the settings allow. */
    public void setScale(double value) {
        scale.set(Math.max(Settings.MIN_SCALE, Math.min(Settings.MAX_SCALE, value)));
    }

    /** The text size in pixels. */
    public double fontSize() {
        return baseFontSize * scale.get();
    }

    /** The style that sets a window's text size: the stylesheet is in em, relative to it. */
    public String fontStyle() {
        return String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", fontSize());
    }

    /** A scene with the app's stylesheet and text size (following later changes), the focus kept in view. */
    public Scene scene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Windows.class.getResource(STYLESHEET).toExternalForm());
        root.setStyle(fontStyle());
        // Held by the root, listened to weakly: a closed window is not kept alive by the text size.
        ChangeListener<Number> follow = (obs, old, now) -> root.setStyle(fontStyle());
        root.getProperties().put(LISTENER, follow);
        scale.addListener(new WeakChangeListener<>(follow));
        FocusScroller.install(scene);
        return scene;
    }

    /** Shows {@code root} in {@code stage}, in a scene made by {@link #scene(Parent, double, double)}. */
    public Scene show(Stage stage, Parent root, double width, double height) {
        Scene scene = scene(root, width, height);
        stage.setScene(scene);
        return scene;
    }

    /** Makes {@code stage} the main window of the app: F1 calls {@code help} (which shows the help for what is on screen). */
    public Stage main(Stage stage, Consumer<Window> help) {
        stage.getProperties().put(KEY, this);
        giveIcon(stage);
        tidyMnemonics(stage);
        onF1(stage, help);
        return stage;
    }

    /**
     * A window beside the main one (batch, templates), owned by {@code owner}: F1 calls {@code help}, Escape and
     * Ctrl+W close it as its close button does, and the text size keys work in it. Give it its content with
     * {@link #show(Stage, Parent, double, double)}.
     */
    public Stage window(Window owner, String title, Consumer<Window> help) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        stage.getProperties().put(KEY, this);
        giveIcon(stage);
        tidyMnemonics(stage);
        onF1(stage, help);
        // On the window, so after the controls and the scene: an Escape that closes a list's popup, say, is theirs.
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isConsumed()) {
                return;
            }
            if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown() || CLOSE.match(e)) {
                e.consume();
                requestClose(stage);
            } else if (LARGER.match(e)) {
                e.consume();
                setScale(scale() * STEP);
            } else if (SMALLER.match(e)) {
                e.consume();
                setScale(scale() / STEP);
            } else if (NORMAL.match(e)) {
                e.consume();
                setScale(1.0);
            }
        });
        return stage;
    }

    /** Replaces any icons the stage had: a stage made the main window twice (a test's) keeps one set. */
    private static void giveIcon(Stage stage) {
        stage.getIcons().setAll(ICONS.stream()
                .map(icon -> new Image(Windows.class.getResource("/org/dearmp/ui/icon/" + icon).toExternalForm()))
                .toList());
    }

    /**
     * Keeps Alt + a letter working as content comes and goes. The scene files each mnemonic under its letter as
     * written (Alt+'P' for "_Postcode", Alt+'p' for "Add a _point"), takes the first entry that matches the key
     * and leaves an entry behind, empty or naming a control no longer shown, when a screen goes: so Alt+P did
     * nothing on the letter step after the postcode step had gone. Before the scene looks (a filter on the window
     * runs first), the entries of one letter are merged and those of controls that left the scene dropped.
     */
    static void tidyMnemonics(Stage stage) {
        stage.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && stage.getScene() != null) {
                tidy(stage.getScene());
            }
        });
    }

    static void tidy(Scene scene) {
        var mnemonics = scene.getMnemonics();
        for (KeyCombination key : List.copyOf(mnemonics.keySet())) {
            mnemonics.get(key).removeIf(m -> m.getNode() == null || m.getNode().getScene() != scene);
            if (mnemonics.get(key).isEmpty()) {
                mnemonics.remove(key);
            }
        }
        java.util.Map<String, KeyCombination> first = new java.util.HashMap<>();
        for (KeyCombination key : List.copyOf(mnemonics.keySet())) {
            KeyCombination same = first.putIfAbsent(key.toString().toUpperCase(Locale.ROOT), key);
            if (same != null) {
                mnemonics.get(same).addAll(mnemonics.remove(key));
            }
        }
    }

    /** F1, on the window: after the controls, and after a menu item's F1 if there is one (it consumes the key). */
    private static void onF1(Stage stage, Consumer<Window> help) {
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1 && !e.isConsumed() && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                help.accept(stage);
            }
        });
    }

    /**
     * Closes the window as its close button would: the close request goes first, and a handler that consumes
     * it (a question about unsaved changes answered "go back") keeps the window open.
     *
     * @return whether the window closed
     */
    public static boolean requestClose(Stage stage) {
        WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        stage.fireEvent(request);
        if (request.isConsumed()) {
            return false;
        }
        stage.hide();
        return true;
    }

    /** A dialog looks like its window: owned by it, the same stylesheet and text size. */
    public static <T extends Dialog<?>> T dialog(T dialog, Window owner) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        matchOwner(dialog.getDialogPane(), owner);
        return dialog;
    }

    /** The stylesheets and text size of {@code owner}'s scene on a dialog's pane. */
    public static void matchOwner(DialogPane pane, Window owner) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        for (String sheet : owner.getScene().getStylesheets()) {
            if (!pane.getStylesheets().contains(sheet)) {
                pane.getStylesheets().add(sheet);
            }
        }
        pane.setStyle(owner.getScene().getRoot().getStyle());
    }
}
