package org.dearmp.ui.templateeditor;

import java.time.ZoneId;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.core.UkDates;
import org.dearmp.i18n.Messages;
import org.dearmp.template.pack.PackEntry;
import org.dearmp.template.pack.PackManifest;
import org.dearmp.template.user.ImportPlan;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.desktop.DialogService.Answer;
import org.dearmp.ui.desktop.DialogService.Question;
import org.dearmp.ui.desktop.DialogService.Role;

/** The questions the Templates screen asks before it deletes or imports, in the screen's own words. */
public final class EditorQuestions {

    /** What to do with a pack the user has seen. */
    public enum ImportDecision {
        CANCEL, ONLY_NEW, REPLACE
    }

    private EditorQuestions() {
    }

    /** True when the user said to delete the template called {@code title}. */
    public static boolean confirmDelete(DialogService dialogs, String title) {
        return dialogs.confirm(new Question("editor-delete", Messages.get("ui.editor.delete.title"), null,
                Messages.get("ui.editor.delete.confirm", title)), Messages.get("ui.editor.delete.ok"),
                Messages.get("ui.editor.cancel"));
    }

    /** Shows where the pack is from and what it would add or replace, and asks. */
    public static ImportDecision confirmImport(DialogService dialogs, ImportPlan plan) {
        List<Answer<ImportDecision>> answers = new ArrayList<>();
        answers.add(new Answer<>(ImportDecision.CANCEL, "editor-import-cancel", Messages.get("ui.editor.cancel"),
                Role.NO, plan.replacesAny()));
        if (plan.replacesAny() && !plan.added().isEmpty()) {
            answers.add(new Answer<>(ImportDecision.ONLY_NEW, "editor-import-only-new",
                    Messages.get("ui.editor.import.onlyNew"), Role.OTHER, false));
        }
        // Replacing someone's own templates must be a choice, never what Enter does.
        answers.add(new Answer<>(ImportDecision.REPLACE, "editor-import-ok", Messages.get(plan.replacesAny()
                ? "ui.editor.import.replace" : "ui.editor.import.ok"), Role.YES, !plan.replacesAny()));
        return dialogs.choose(new Question("editor-import", Messages.get("ui.editor.import.title"), null,
                importText(plan)), answers).orElse(ImportDecision.CANCEL);
    }

    static String importText(ImportPlan plan) {
        PackManifest manifest = plan.pack().manifest();
        StringBuilder text = new StringBuilder();
        if (!manifest.organisation().isEmpty()) {
            text.append(Messages.get("ui.editor.import.from", manifest.organisation())).append('\n');
        }
        text.append(Messages.get("ui.editor.import.created",
                UkDates.dateAndTime(LocalDateTime.ofInstant(manifest.created(), ZoneId.systemDefault())))).append("\n\n");
        text.append(Messages.get("ui.editor.import.contents")).append('\n');
        for (PackEntry entry : manifest.templates()) {
            String state = plan.replaced().contains(entry.id()) ? Messages.get("ui.editor.import.replaces")
                    : Messages.get("ui.editor.import.new");
            text.append("\u2022 ").append(Messages.get("ui.editor.import.entry", entry.title(), entry.version()))
                    .append(" \u2013 ").append(state).append('\n');
        }
        if (plan.replacesAny()) {
            text.append('\n').append(Messages.get("ui.editor.import.replaceQuestion", plan.replaced().size()));
        }
        return text.toString();
    }
}
