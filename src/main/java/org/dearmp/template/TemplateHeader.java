package org.dearmp.template;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dearmp.i18n.Language;

/**
 * The YAML front matter of a template: what it is for and what it asks. All fields are plain text
 * (placeholders work only in the body).
 *
 * @param id          stable, lower-case, letters, digits and hyphens: "stronger-laws"
 * @param summary     one line shown in lists
 * @param subject     the email subject and the letter's bold subject line
 * @param ask         the one clear thing the letter asks the MP to do; the body shows it with {@code {{ask}}}
 * @param prompts     questions that help the writer add their own points
 * @param sources     where each fact the body states can be checked
 * @param minOwnWords how many of their own words the writer should add; guidance only
 * @param askKind     whether the ask is to campaign (the default) or casework any MP can do, the Speaker included
 * @param language    the language the letter is written in (English by default): its salutation, date and sign-off
 * @param campaign    the id shared by the English and Welsh templates of one campaign, so a batch can pick each
 *                    supporter's language; empty when the template stands alone (then its own id is its campaign)
 */
public record TemplateHeader(String id, String title, String summary, String subject, String ask,
                             List<String> prompts, List<String> tags, List<Source> sources, int minOwnWords,
                             String version, String author, AskKind askKind,
                             Language language, String campaign) {

    public static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public TemplateHeader {
        id = Objects.requireNonNullElse(id, "").strip();
        if (!ID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a template id: '" + id + "'");
        }
        title = requireText(title, "title");
        summary = oneLine(Objects.requireNonNullElse(summary, ""));
        subject = requireText(subject, "subject");
        ask = requireText(ask, "ask");
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
        tags = tags == null ? List.of() : List.copyOf(tags);
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (minOwnWords < 0) {
            throw new IllegalArgumentException("minOwnWords cannot be negative");
        }
        version = Objects.requireNonNullElse(version, "1").strip();
        author = Objects.requireNonNullElse(author, "").strip();
        askKind = Objects.requireNonNullElse(askKind, AskKind.CAMPAIGN);
        language = Objects.requireNonNullElse(language, Language.ENGLISH);
        campaign = Objects.requireNonNullElse(campaign, "").strip();
        if (!campaign.isEmpty() && !ID_PATTERN.matcher(campaign).matches()) {
            throw new IllegalArgumentException("Not a campaign id: '" + campaign + "'");
        }
    }

    /** A header in English, standing alone. */
    public TemplateHeader(String id, String title, String summary, String subject, String ask, List<String> prompts,
                          List<String> tags, List<Source> sources, int minOwnWords, String version, String author,
                          AskKind askKind) {
        this(id, title, summary, subject, ask, prompts, tags, sources, minOwnWords, version, author, askKind,
                Language.ENGLISH, "");
    }

    /** The campaign this template belongs to: its {@code campaign} field, or its own id when it has none. */
    public String campaignId() {
        return campaign.isEmpty() ? id : campaign;
    }

    /** A header whose ask is a campaigning one. */
    public TemplateHeader(String id, String title, String summary, String subject, String ask, List<String> prompts,
                          List<String> tags, List<Source> sources, int minOwnWords, String version, String author) {
        this(id, title, summary, subject, ask, prompts, tags, sources, minOwnWords, version, author, AskKind.CAMPAIGN);
    }

    private static String requireText(String value, String field) {
        String text = oneLine(Objects.requireNonNullElse(value, ""));
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A template needs a " + field);
        }
        return text;
    }

    private static String oneLine(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }
}
