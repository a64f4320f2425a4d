package org.dearmp.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dearmp.i18n.Language;

/**
 * A template's fields exactly as someone typed them in the editor's form, not yet judged: a draft may have
 * no ask or a misspelt placeholder. {@link #toText()} writes the template file format (by
 * {@link TemplateFileCodec}) so {@link TemplateChecker} can judge it and report each problem at a line and
 * column; {@link #fromText} reads a saved file back into the form, drafts included.
 *
 * @param sources     one per entry as typed: title, url, publisher (blank parts allowed, the checker says what
 *                    is missing)
 * @param minOwnWords as typed: written as a number when it is one, so the checker can refuse anything else
 * @param askKind     as typed ("casework"), or empty for the default, a campaigning ask
 * @param language    as typed ("cy"), or empty for the default, English
 * @param campaign    as typed, or empty for a template that stands alone
 */
public record TemplateFields(String id, String title, String summary, String subject, String ask,
                             List<String> prompts, List<String> tags, List<SourceFields> sources,
                             String minOwnWords, String version, String author, String body, String askKind,
                             String language, String campaign) {

    /** One source as typed. */
    public record SourceFields(String title, String url, String publisher) {
        public SourceFields {
            title = Objects.requireNonNullElse(title, "").strip();
            url = Objects.requireNonNullElse(url, "").strip();
            publisher = Objects.requireNonNullElse(publisher, "").strip();
        }

        public boolean isBlank() {
            return title.isEmpty() && url.isEmpty() && publisher.isEmpty();
        }
    }

    public TemplateFields {
        id = text(id);
        title = text(title);
        summary = text(summary);
        subject = text(subject);
        ask = text(ask);
        prompts = lines(prompts);
        tags = lines(tags);
        sources = sources == null ? List.of() : sources.stream().filter(s -> s != null && !s.isBlank()).toList();
        minOwnWords = text(minOwnWords);
        version = text(version);
        author = text(author);
        body = TemplateFileCodec.normalise(Objects.requireNonNullElse(body, ""));
        askKind = text(askKind);
        language = text(language);
        campaign = text(campaign);
    }

    /** Fields of an English template that stands alone. */
    public TemplateFields(String id, String title, String summary, String subject, String ask, List<String> prompts,
                          List<String> tags, List<SourceFields> sources, String minOwnWords, String version,
                          String author, String body, String askKind) {
        this(id, title, summary, subject, ask, prompts, tags, sources, minOwnWords, version, author, body, askKind,
                "", "");
    }

    /** These fields in another language (its code, or empty for English). */
    public TemplateFields withLanguage(String newLanguage) {
        return new TemplateFields(id, title, summary, subject, ask, prompts, tags, sources, minOwnWords, version,
                author, body, askKind, newLanguage, campaign);
    }

    /** Fields of a template with the default, campaigning kind of ask. */
    public TemplateFields(String id, String title, String summary, String subject, String ask, List<String> prompts,
                          List<String> tags, List<SourceFields> sources, String minOwnWords, String version,
                          String author, String body) {
        this(id, title, summary, subject, ask, prompts, tags, sources, minOwnWords, version, author, body, "");
    }

    /** The fields of a checked template. */
    public static TemplateFields of(LetterTemplate template) {
        return of(template.header(), template.body());
    }

    public static TemplateFields of(TemplateHeader h, String body) {
        return new TemplateFields(h.id(), h.title(), h.summary(), h.subject(), h.ask(), h.prompts(), h.tags(),
                h.sources().stream().map(s -> new SourceFields(s.title(), s.url(), s.publisher())).toList(),
                String.valueOf(h.minOwnWords()), h.version(), h.author(), body,
                h.askKind() == AskKind.CAMPAIGN ? "" : h.askKind().word(),
                h.language() == Language.ENGLISH ? "" : h.language().code(), h.campaign());
    }

    /** The fields of a saved file, whatever its problems; see {@link TemplateFileCodec#readFields}. */
    public static Optional<TemplateFields> fromText(String text) {
        return TemplateFileCodec.readFields(text);
    }

    /** The file text; see {@link TemplateFileCodec#write(TemplateFields)}. */
    public String toText() {
        return TemplateFileCodec.write(this);
    }

    /** The 1-based line of the file {@link #toText()} writes where the body starts. */
    public int bodyFirstLine() {
        return ((TemplateFileCodec.Parts) TemplateFileCodec.split(toText())).bodyFirstLine();
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }

    private static List<String> lines(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
