package org.dearmp.template.user;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateLibrary;

/**
 * The templates letter writers choose from: the bundled ones in their listed order, then the user's own
 * that check clean, by title. Drafts with errors never appear here. The letter wizard, the batch and the
 * command line read this one list.
 */
public final class TemplateCatalog {
    private final TemplateLibrary bundled;
    private final UserTemplateStore user;

    public TemplateCatalog(TemplateLibrary bundled, UserTemplateStore user) {
        this.bundled = Objects.requireNonNull(bundled);
        this.user = Objects.requireNonNull(user);
    }

    public TemplateLibrary bundled() {
        return bundled;
    }

    public UserTemplateStore user() {
        return user;
    }

    /** Read afresh each time, so a template saved in the editor shows up at once. */
    public List<LetterTemplate> forLetterWriters() {
        List<LetterTemplate> all = new ArrayList<>(bundled.templates());
        user.usable().stream().sorted(Comparator.comparing(LetterTemplate::title, String.CASE_INSENSITIVE_ORDER))
                .forEach(all::add);
        return List.copyOf(all);
    }

    /** The templates to start a first letter from: all but the follow-up family. */
    public List<LetterTemplate> campaigns() {
        return forLetterWriters().stream().filter(t -> !isFollowUp(t)).toList();
    }

    /** The follow-up family: letters that follow up one in the writer's history. */
    public List<LetterTemplate> followUps() {
        return forLetterWriters().stream().filter(TemplateCatalog::isFollowUp).toList();
    }

    /**
     * The follow-up letter {@code kind} in the language of the letter it follows up ({@code firstTemplateId}'s):
     * a Welsh letter is followed up in Welsh, where a Welsh follow-up template exists.
     */
    public String followUpTemplateId(org.dearmp.history.FollowUpKind kind, String firstTemplateId) {
        org.dearmp.i18n.Language language = find(firstTemplateId).map(t -> t.header().language())
                .orElse(org.dearmp.i18n.Language.ENGLISH);
        return followUps().stream()
                .filter(t -> t.header().campaignId().equals(kind.templateId()) && t.header().language() == language)
                .map(LetterTemplate::id).findFirst().orElse(kind.templateId());
    }

    public static boolean isFollowUp(LetterTemplate template) {
        return template.header().tags().contains(org.dearmp.history.FollowUpKind.TAG);
    }

    /** A template letter writers may use: bundled, or the user's own if it checks clean. */
    public Optional<LetterTemplate> find(String id) {
        return bundled.find(id).or(() -> user.find(id).flatMap(UserTemplate::template));
    }
}
