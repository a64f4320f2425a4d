package org.dearmp.ui.services;

import java.util.List;

/** The templates and the composer behind the letter steps. */
public interface LetterService {

    /** The templates to choose from, the blank one included. */
    List<TemplateChoice> templates();

    /** The follow-up family, offered only for a follow-up to a letter in the history. */
    default List<TemplateChoice> followUpTemplates() {
        return List.of();
    }

    /** The follow-up letter {@code kind} in the language of the letter it follows up. */
    default String followUpTemplateId(org.dearmp.history.FollowUpKind kind, String firstTemplateId) {
        return kind.templateId();
    }

    ComposedLetter compose(LetterRequest request);
}
