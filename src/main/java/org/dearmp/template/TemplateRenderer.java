package org.dearmp.template;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.Map;
import org.dearmp.core.DearMpException;
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
            // Maps, lists and plain values only: no reflection, so a template cannot reach any Java method.
            .withCollector(new BasicCollector() {
                @Override
                public <K, V> Map<K, V> createFetcherCache() {
                    return new java.util.concurrent.ConcurrentHashMap<>();
                }
            })
            .withLoader(name -> {
                throw new MustacheException("Templates cannot include other templates: " + name);
            });

    /** Compiled bodies, most recently used last: a batch renders one body thousands of times. */
    private static final int CACHE_SIZE = 32;
    private static final Map<String, Template> COMPILED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Template> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    private TemplateRenderer() {
    }

    /**
     * Compiles a body; throws jmustache's exception, which {@link TemplateChecker} turns into a problem. Only a
     * body whose every tag {@link MustacheTags} reads is compiled: jmustache meets some tags it cannot read
     * ("{{}}", "{{..}}", "{{.points}}") with an index exception rather than its own, so whoever made the
     * template, the renderer refuses what the checker refuses, and sections nested past
     * {@link TemplateLimits#MAX_NESTING}.
     */
    static Template compile(String body) {
        MustacheTags.Scan scan = MustacheTags.scan(body);
        if (!scan.mistakes().isEmpty()) {
            MustacheTags.Mistake mistake = scan.mistakes().get(0);
            throw new MustacheException(Messages.get(mistake.messageKey(), mistake.args().toArray())
                    + " @ line " + mistake.line());
        }
        TemplateLimits.tooDeep(scan.tags()).ifPresent(tag -> {
            throw new MustacheException(Messages.get("template.problem.tooDeep", TemplateLimits.MAX_NESTING)
                    + " @ line " + tag.line());
        });
        return COMPILER.compile(body);
    }

    /**
     * Renders a checked template's body.
     *
     * @param values a tree of maps, lists and strings with a value for every {@link Placeholders#ALL} name
     */
    public static String render(LetterTemplate template, Map<String, ?> values) {
        try {
            Template compiled = COMPILED.get(template.body());
            if (compiled == null) {
                compiled = compile(template.body());
                COMPILED.put(template.body(), compiled);
            }
            TemplateLimits.CappedWriter out = new TemplateLimits.CappedWriter(template);
            compiled.execute(values, out);
            return out.toString();
        } catch (MustacheException e) {
            if (e.getCause() instanceof TemplateLimits.TooLongException tooLong) {
                throw tooLong;
            }
            throw new DearMpException(Messages.get("template.renderFailed", template.location(), e.getMessage()), e);
        }
    }
}
