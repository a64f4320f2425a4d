package org.dearmp.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.dearmp.i18n.Messages;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A date option: 2026-12-01 as scripts write it, or 1/12/2026 as people in the UK do. */
final class CliDates implements ITypeConverter<LocalDate> {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
        String text = value == null ? "" : value.strip();
        try {
            return text.contains("/") ? LocalDate.parse(text, UK) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(Messages.get("cli.date.invalid", text));
        }
    }
}
