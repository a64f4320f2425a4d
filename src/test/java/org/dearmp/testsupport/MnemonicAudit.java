package org.dearmp.testsupport;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Mnemonic;

/**
 * What Alt + a letter does in one window: each letter goes to one visible control only, and every visible button
 * (a button, a toggle, a link, a menu button, a menu of the menu bar) has a letter. The mnemonics are those the
 * toolkit registered for the window's scene, so this checks what the keys really do. Glyph buttons (the
 * points' arrows, named by their tooltips) and buttons out of the Tab order (the step indicator) are exempt.
 */
public final class MnemonicAudit {
    private MnemonicAudit() {
    }

    public static List<String> problems(Scene scene) {
        List<String> problems = new ArrayList<>();
        Set<Node> withMnemonic = Collections.newSetFromMap(new IdentityHashMap<>());
        // Alt+m and Alt+M are one key (the scene keeps them apart, and Alt+M then reaches only one of them).
        Map<String, Map<Node, String>> byKey = new LinkedHashMap<>();
        for (Map.Entry<KeyCombination, ? extends List<Mnemonic>> entry : scene.getMnemonics().entrySet()) {
            String key = entry.getKey().toString().toUpperCase(Locale.ROOT);
            for (Mnemonic mnemonic : entry.getValue()) {
                Node node = mnemonic.getNode();
                if (node != null && node.getScene() == scene && treeVisible(node)) {
                    byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(node, describe(node));
                    withMnemonic.add(node);
                }
            }
        }
        byKey.forEach((key, shown) -> {
            if (shown.size() > 1) {
                problems.add(key + " is used by " + String.join(", ", shown.values()));
            }
        });
        List<ButtonBase> buttons = new ArrayList<>();
        collectButtons(scene.getRoot(), buttons);
        for (ButtonBase button : buttons) {
            if (treeVisible(button) && needsMnemonic(button) && !withMnemonic.contains(button)) {
                problems.add(describe(button) + " has no mnemonic");
            }
        }
        return problems;
    }

    /**
     * Within each menu of the window's menu bars (and each submenu), every item has a letter and no two share
     * one: Alt opens a menu, and its items' letters choose among them. Separators are exempt.
     */
    public static List<String> menuProblems(Scene scene) {
        List<String> problems = new ArrayList<>();
        for (Node bar : scene.getRoot().lookupAll(".menu-bar")) {
            if (bar instanceof javafx.scene.control.MenuBar menuBar) {
                menuBar.getMenus().forEach(menu -> menuProblems(menu, problems));
            }
        }
        return problems;
    }

    private static void menuProblems(javafx.scene.control.Menu menu, List<String> problems) {
        Map<Character, String> byLetter = new LinkedHashMap<>();
        for (javafx.scene.control.MenuItem item : menu.getItems()) {
            if (item instanceof javafx.scene.control.SeparatorMenuItem || !item.isVisible()) {
                continue;
            }
            Character letter = mnemonicOf(item.getText());
            String name = "menu item " + item.getId() + " \"" + item.getText() + "\" in " + menu.getText();
            if (letter == null || !item.isMnemonicParsing()) {
                problems.add(name + " has no mnemonic");
            } else {
                String other = byLetter.putIfAbsent(Character.toUpperCase(letter), name);
                if (other != null) {
                    problems.add("ALT+" + Character.toUpperCase(letter) + " is used by " + other + " and " + name);
                }
            }
            if (item instanceof javafx.scene.control.Menu submenu) {
                menuProblems(submenu, problems);
            }
        }
    }

    /** The letter after the first lone underscore ("__" is a written underscore); null when there is none. */
    static Character mnemonicOf(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '_') {
                if (text.charAt(i + 1) != '_') {
                    return text.charAt(i + 1);
                }
                i++;
            }
        }
        return null;
    }

    /** Every visible button the audit looked at (to be sure it saw the window). */
    public static int buttonCount(Scene scene) {
        List<ButtonBase> buttons = new ArrayList<>();
        collectButtons(scene.getRoot(), buttons);
        return (int) buttons.stream().filter(MnemonicAudit::treeVisible).filter(MnemonicAudit::needsMnemonic).count();
    }

    private static boolean needsMnemonic(ButtonBase button) {
        boolean kind = button instanceof Button || button instanceof Hyperlink || button instanceof MenuButton
                || button.getClass() == ToggleButton.class;
        // A menu of the menu bar is out of the Tab order, but Alt + its letter is how the keyboard opens it.
        boolean reachable = button.isFocusTraversable() || button instanceof MenuButton;
        return kind && reachable && !button.getStyleClass().contains("icon-button");
    }

    private static void collectButtons(Node node, List<ButtonBase> into) {
        if (node instanceof ButtonBase button) {
            into.add(button);
        }
        // A list's cells, a field's skin, a combo box's arrow: the toolkit's parts, reached as their control.
        if (node instanceof ListView || node instanceof TableView || node instanceof TreeView
                || node instanceof ComboBoxBase || node instanceof TextInputControl || node instanceof ScrollBar) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectButtons(child, into);
            }
        }
    }

    public static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        return node.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " " + node.getId() + text;
    }
}
