package org.dearmp.store;

import org.dearmp.core.Lazy;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The Jackson mappers of the app, configured here once and shared: a mapper is thread-safe once built and
 * costly to build, and one configuration means every file of a kind is read and written the same way. Each
 * is built when first used, so a one-postcode lookup does not pay for the YAML or CSV ones.
 */
public final class Mappers {

    private static final Lazy<JsonMapper> JSON = Lazy.of(() -> JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build());

    private static final Lazy<JsonMapper> PRETTY_JSON = Lazy.of(() -> json().rebuild()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build());

    private static final Lazy<JsonFactory> JSON_LINES = Lazy.of(() -> JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build());

    /** Template headers as people write them: no "---" of its own, quotes only where needed, "1" kept text. */
    private static final Lazy<YAMLMapper> YAML = Lazy.of(() -> YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private static final Lazy<CsvMapper> CSV = Lazy.of(CsvMapper::new);

    private static final Lazy<CsvFactory> CSV_TABLES = Lazy.of(() -> CsvFactory.builder()
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build());

    private Mappers() {
    }

    /** JSON on one line (JSON Lines, trees read by hand); unknown fields are ignored, for older app versions. */
    public static JsonMapper json() {
        return JSON.get();
    }

    /** JSON indented, for files a person may open; otherwise as {@link #json()}. */
    public static JsonMapper prettyJson() {
        return PRETTY_JSON.get();
    }

    /**
     * The streaming writer for JSON Lines to a stream the caller keeps: it neither closes nor flushes it, and
     * loads none of databind, which would add a few hundred milliseconds to a one-postcode run.
     */
    public static JsonFactory jsonLines() {
        return JSON_LINES.get();
    }

    public static YAMLMapper yaml() {
        return YAML.get();
    }

    /** Plain CSV; callers add their schema and features per reader or writer. */
    public static CsvMapper csv() {
        return CSV.get();
    }

    /**
     * The streaming reader for a CSV table read whole, empty lines skipped: it loads none of databind, which
     * matters for a command-line lookup that must start in well under a second.
     */
    public static CsvFactory csvTables() {
        return CSV_TABLES.get();
    }
}
