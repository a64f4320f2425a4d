package org.dearmp.batch.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.store.AtomicFiles;
import org.dearmp.store.Mappers;
import org.dearmp.store.FileProblems;
import org.dearmp.store.RefusedFileException;
import org.dearmp.store.UserFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which column of the supporters file holds which detail, by header name. Saved as a small JSON
 * file so a group that imports the same CRM export every month maps it once:
 * <pre>{"columns":{"firstName":"First name","postcode":"Post code"},"points":["Point 1","Point 2"]}</pre>
 */
public record ColumnMapping(Map<SupporterField, String> columns, List<String> pointColumns) {

    private static final Pattern POINT_HEADER = Pattern.compile("(?:key |my |personal )?point ?(\\d{1,2})");
    private static final JsonMapper JSON = Mappers.json();

    public ColumnMapping {
        EnumMap<SupporterField, String> copy = new EnumMap<>(SupporterField.class);
        Objects.requireNonNull(columns, "columns").forEach((field, header) -> {
            if (header != null && !header.isBlank()) {
                copy.put(field, header);
            }
        });
        columns = Collections.unmodifiableMap(copy);
        pointColumns = List.copyOf(Objects.requireNonNull(pointColumns, "pointColumns"));
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of(), List.of());
    }

    /** Guesses the mapping from the header row; an unrecognised header is simply left unmapped. */
    public static ColumnMapping autoDetect(List<String> headers) {
        EnumMap<SupporterField, String> columns = new EnumMap<>(SupporterField.class);
        Map<Integer, String> points = new java.util.TreeMap<>();
        for (String header : headers) {
            String normalised = SupporterField.normaliseHeader(header);
            Matcher point = POINT_HEADER.matcher(normalised);
            if (point.matches()) {
                points.putIfAbsent(Integer.parseInt(point.group(1)), header);
                continue;
            }
            for (SupporterField field : SupporterField.values()) {
                if (!columns.containsKey(field) && field.matchesHeader(normalised)) {
                    columns.put(field, header);
                    break;
                }
            }
        }
        // A sheet with First name and Last name often has a "Name" column too (e.g. an organisation); prefer the parts.
        if (columns.containsKey(SupporterField.FIRST_NAME) && columns.containsKey(SupporterField.LAST_NAME)) {
            columns.remove(SupporterField.FULL_NAME);
        }
        return new ColumnMapping(columns, new ArrayList<>(points.values()));
    }

    public ColumnMapping with(SupporterField field, String header) {
        EnumMap<SupporterField, String> copy = new EnumMap<>(SupporterField.class);
        copy.putAll(columns);
        if (header == null || header.isBlank()) {
            copy.remove(field);
        } else {
            copy.put(field, header);
        }
        return new ColumnMapping(copy, pointColumns);
    }

    public ColumnMapping withPointColumns(List<String> headers) {
        return new ColumnMapping(columns, headers);
    }

    public String header(SupporterField field) {
        return columns.get(field);
    }

    /**
     * What makes this mapping unusable for the given file, in words for the user; empty when it is fine.
     * A postcode and a name (full, or first and last) are required; every mapped header must exist.
     */
    public List<String> problems(List<String> headers) {
        List<String> problems = new ArrayList<>();
        if (!columns.containsKey(SupporterField.POSTCODE)) {
            problems.add(Messages.get("batch.mapping.noPostcode"));
        }
        boolean hasName = columns.containsKey(SupporterField.FULL_NAME)
                || columns.containsKey(SupporterField.FIRST_NAME) || columns.containsKey(SupporterField.LAST_NAME);
        if (!hasName) {
            problems.add(Messages.get("batch.mapping.noName"));
        }
        columns.forEach((field, header) -> {
            if (!headers.contains(header)) {
                problems.add(Messages.get("batch.mapping.missingColumn", header, Messages.get("batch.field." + field.key())));
            }
        });
        for (String header : pointColumns) {
            if (!headers.contains(header)) {
                problems.add(Messages.get("batch.mapping.missingColumn", header, Messages.get("batch.field.point")));
            }
        }
        return problems;
    }

    public void save(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode cols = root.putObject("columns");
        columns.forEach((field, header) -> cols.put(field.key(), header));
        var points = root.putArray("points");
        pointColumns.forEach(points::add);
        AtomicFiles.writeString(file, Mappers.prettyJson().writeValueAsString(root) + "\n");
    }

    /** A mapping is a few lines of JSON; far more is the wrong file. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    public static ColumnMapping load(Path file) {
        if (Files.isDirectory(file)) {
            throw new DearMpException(Messages.get("batch.mapping.isAFolder", file));
        }
        if (!Files.exists(file)) {
            throw new DearMpException(Messages.get("batch.mapping.notFound", file));
        }
        try {
            JsonNode root = JSON.readTree(new String(UserFiles.readAll(file, MAX_FILE_BYTES,
                    Messages.get("batch.mapping.what")), java.nio.charset.StandardCharsets.UTF_8));
            Map<SupporterField, String> columns = new LinkedHashMap<>();
            JsonNode cols = root.path("columns");
            for (String key : cols.propertyNames()) {
                columns.put(SupporterField.fromKey(key), cols.get(key).asString());
            }
            List<String> points = new ArrayList<>();
            root.path("points").forEach(node -> points.add(node.asString()));
            return new ColumnMapping(columns, points);
        } catch (JacksonException e) {
            var where = e.getLocation();
            String why = where == null || where.getLineNr() < 1
                    ? Messages.get("batch.mapping.notJson")
                    : Messages.get("batch.mapping.notJsonAt", where.getLineNr(), where.getColumnNr());
            throw new DearMpException(Messages.get("batch.mapping.notAMapping", file.getFileName(), why), e);
        } catch (IllegalArgumentException e) {
            throw new DearMpException(Messages.get("batch.mapping.notAMapping", file.getFileName(),
                    Messages.get("batch.mapping.unknownField")), e);
        } catch (RefusedFileException e) {
            throw new DearMpException(e.getMessage(), e);
        } catch (IOException e) {
            throw new DearMpException(Messages.get("batch.mapping.unreadable", file.getFileName(), FileProblems.why(e)), e);
        }
    }
}
