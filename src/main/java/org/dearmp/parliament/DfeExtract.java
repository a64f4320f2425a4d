package org.dearmp.parliament;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dearmp.i18n.Messages;

/**
 * Reads and checks an MP list in the Department for Education's weekly {@code mp-lookup} extract
 * format ({@code dfe_mp_lookup_YYYY-MM-DD.csv}), the format users can download a newer list in.
 * The extract has no gender column: genders come from the bundled list, matched by Members API id.
 */
final class DfeExtract {
    static final List<String> REQUIRED_COLUMNS =
            List.of("pcon_code", "member_id", "full_title", "display_as", "party_text", "member_email");
    private static final String NAME_COLUMN = "pcon_name";
    /** Line 1 is the header, so data row 0 is line 2 of the file. */
    private static final int FIRST_DATA_LINE = 2;

    private DfeExtract() {
    }

    /**
     * Reads the list a row at a time, so a file of any size costs one row of memory; a read that fails part
     * way is an {@link IOException} for the caller to word.
     *
     * @throws MpListImportException listing every problem, when the rows are not a complete, valid list
     */
    static MpList read(CsvRows rows, String fileName, List<Constituency> constituencies,
                       Map<Integer, Gender> knownGenders, LocalDate asOf, String source) throws IOException {
        List<String> problems = new ArrayList<>();
        if (rows.header().isEmpty()) {
            throw new MpListImportException(fileName, List.of(Messages.get("parliament.import.empty")));
        }
        List<String> missingColumns = REQUIRED_COLUMNS.stream().filter(c -> !rows.hasColumn(c)).toList();
        if (!missingColumns.isEmpty()) {
            throw new MpListImportException(fileName, List.of(
                    Messages.get("parliament.import.missingColumns", String.join(", ", missingColumns))));
        }
        Map<String, Constituency> known = new HashMap<>();
        constituencies.forEach(c -> known.put(c.code(), c));
        Map<String, Integer> firstLineOfSeat = new HashMap<>();
        Map<String, Optional<Member>> seats = new LinkedHashMap<>();

        int line = FIRST_DATA_LINE - 1;
        for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
            line++;
            String code = row.cell("pcon_code");
            String seatName = row.cell(NAME_COLUMN);
            if (code.isEmpty()) {
                problems.add(Messages.get("parliament.import.noCode", line));
                continue;
            }
            Constituency constituency = known.get(code);
            if (constituency == null) {
                problems.add(Messages.get("parliament.import.unknownCode", line, code, seatName));
                continue;
            }
            Integer earlier = firstLineOfSeat.putIfAbsent(code, line);
            if (earlier != null) {
                problems.add(Messages.get("parliament.import.duplicate", line, constituency.name(), earlier));
                continue;
            }
            readMember(row, line, constituency, knownGenders, problems).ifPresent(member -> seats.put(code, member));
        }
        if (rows.rowsRead() != constituencies.size()) {
            problems.add(0, Messages.get("parliament.import.wrongCount", rows.rowsRead(), constituencies.size()));
        }
        constituencies.stream().filter(c -> !firstLineOfSeat.containsKey(c.code()))
                .forEach(c -> problems.add(Messages.get("parliament.import.missingSeat", c.name(), c.code())));
        if (!problems.isEmpty()) {
            throw new MpListImportException(fileName, problems);
        }
        return new MpList(asOf, seats, source);
    }

    /** The seat's MP (empty when vacant), or nothing at all when the row is broken (a problem is added). */
    private static Optional<Optional<Member>> readMember(CsvRows.Row row, int line, Constituency seat,
                                                        Map<Integer, Gender> knownGenders, List<String> problems) {
        String displayName = row.cell("display_as");
        String memberIdText = row.cell("member_id");
        if (MpRows.isVacant(displayName, memberIdText)) {
            if (!displayName.isEmpty() && !displayName.equalsIgnoreCase("vacant") && memberIdText.isBlank()) {
                problems.add(Messages.get("parliament.import.noMemberId", line, seat.name()));
                return Optional.empty();
            }
            if (displayName.isEmpty() && !memberIdText.isBlank()) {
                problems.add(Messages.get("parliament.import.noName", line, seat.name()));
                return Optional.empty();
            }
            return Optional.of(Optional.empty());
        }
        int memberId;
        try {
            memberId = Integer.parseInt(memberIdText);
        } catch (NumberFormatException e) {
            problems.add(Messages.get("parliament.import.badMemberId", line, seat.name(), memberIdText));
            return Optional.empty();
        }
        Gender gender = knownGenders.getOrDefault(memberId, Gender.UNKNOWN);
        return Optional.of(Optional.of(new Member(memberId, row.cell("full_title"), displayName,
                row.cell("party_text"), row.cell("member_email"), gender)));
    }
}
