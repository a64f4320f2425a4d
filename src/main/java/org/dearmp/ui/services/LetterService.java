package org.dearmp.ui.services;

import java.util.List;

/** The templates and the composer behind the letter steps. */
public interface LetterService {

    /** The templates to choose from, the blank one included. */
    List<TemplateChoice> templates();

    ComposedLetter compose(LetterRequest request);
}
