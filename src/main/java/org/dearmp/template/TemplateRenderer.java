package org.dearmp.template;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.Map;
import org.dearmp.DearMpException;
import org.dearmp.i18n.Messages;

/**
 * Renders a template body with jmustache, as plain text: no HTML escaping, an empty string counts as
 * false (so {@code {{#story}}...{{/story}}} disappears when there is no story), and a missing value is an
 * error rather than a silent gap. Values are data: jmustache never evaluates tags inside them.
 */
public final class TemplateRenderer {

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(false)
            .emptyStringIsFalse(true)
            .withLoader(name -> {
                throw new MustacheException("Templates cannot include other templates: " + name);
            });

    private TemplateRenderer() {
    }

    /** Compiles a body; throws jmustache's exception, which {@link TemplateChecker} turns into a problem. */
    static Template compile(String body) {
        return COMPILER.compile(body);
    }

    /**
     * Renders a checked template's body.
     *
     * @param values a tree of maps, lists and strings with a value for every {@link Placeholders#ALL} name
     */
    public static String render(LetterTemplate template, Map<String, ?> values) {
        try {
            return compile(template.body()).execute(values);
        } catch (MustacheException e) {
            throw new DearMpException(Messages.get("template.renderFailed", template.location(), e.getMessage()), e);
        }
    }
}
