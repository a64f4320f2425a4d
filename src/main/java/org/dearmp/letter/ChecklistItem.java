package org.dearmp.letter;

import java.util.List;
import java.util.Objects;
import org.dearmp.i18n.Messages;

/**
 * One line of the checklist for a letter that counts: what was checked, how it stands, a short message for
 * the writer and one line on why it matters. It guides; no item ever stops a letter being saved or sent.
 */
public record ChecklistItem(Check check, State state, String message, String why) {

    /** How an item stands. A warning is something MPs' offices discount, not a missing part. */
    public enum State {
        MET, NOT_MET, WARNING;

        /** ✓, ✗ or !, or [x], [ ] or [!] where only ASCII prints: a shape for each state, never colour alone. */
        public String mark(boolean unicode) {
            return switch (this) {
                case MET -> unicode ? "\u2713" : "[x]";
                case NOT_MET -> unicode ? "\u2717" : "[ ]";
                case WARNING -> unicode ? "!" : "[!]";
            };
        }

        /** "Done", "To do", "Check": the state in words, for screen readers and plain text. */
        public String word() {
            return Messages.get("letter.checklist.state." + name());
        }
    }

    /** What the checklist looks at, in the order it is shown. Each has a {@code letter.checklist.<NAME>.why}. */
    public enum Check {
        ADDRESS_IN_SEAT("met", "missing", "otherSeat"),
        PERSONAL_STORY("met", "short", "none"),
        LOCAL_ANGLE("met", "notMet"),
        ONE_ASK("met", "several", "none"),
        OWN_WORDS("met", "notMet", "fewerThanSuggested"),
        ONE_PAGE("met", "notMet"),
        NOT_ALL_TEMPLATE("met", "warning"),
        BRITISH_SPELLING("met", "warning"),
        FEW_BULLETS("met", "warning");

        private final List<String> variants;

        Check(String... variants) {
            this.variants = List.of(variants);
        }

        /** The messages this check can give: {@code letter.checklist.<NAME>.<variant>}. */
        public List<String> variants() {
            return variants;
        }

        /** The bundle keys of this check: one per variant, and its why. */
        public List<String> keySuffixes() {
            List<String> keys = new java.util.ArrayList<>();
            variants.forEach(v -> keys.add(name() + "." + v));
            keys.add(name() + ".why");
            return keys;
        }

        public String why() {
            return Messages.get("letter.checklist." + name() + ".why");
        }
    }

    public ChecklistItem {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
        why = why == null ? check.why() : why;
    }

    /** An item whose message is {@code letter.checklist.<CHECK>.<variant>} with {@code args}, and the check's why. */
    static ChecklistItem of(Check check, State state, String variant, Object... args) {
        if (!check.variants().contains(variant)) {
            throw new IllegalArgumentException(check + " has no message " + variant);
        }
        return new ChecklistItem(check, state, Messages.get("letter.checklist." + check.name() + "." + variant, args),
                check.why());
    }

    public boolean met() {
        return state == State.MET;
    }
}
