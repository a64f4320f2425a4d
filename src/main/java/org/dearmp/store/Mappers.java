package org.dearmp.store;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The Jackson mappers of the app, configured here once and shared: a mapper is thread-safe once built and
 * costly to build, and one configuration means every file of a kind is read and written the same way.
 */
public final class Mappers {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final JsonMapper PRETTY_JSON = JSON.rebuild()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /**
     * The template header's YAML as people write it: no "---" of its own, quotes only where needed, and a
     * version "1" quoted so it stays text.
     */
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private static final CsvMapper CSV = new CsvMapper();

    private Mappers() {
    }

    /** JSON on one line (JSON Lines, trees read by hand); unknown fields are ignored, for older app versions. */
    public static JsonMapper json() {
        return JSON;
    }

    /** JSON indented, for files a person may open; otherwise as {@link #json()}. */
    public static JsonMapper prettyJson() {
        return PRETTY_JSON;
    }

    public static YAMLMapper yaml() {
        return YAML;
    }

    /** Plain CSV; callers add their schema and features per reader or writer. */
    public static CsvMapper csv() {
        return CSV;
    }
}
