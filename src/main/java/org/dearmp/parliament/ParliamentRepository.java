package org.dearmp.parliament;

import org.dearmp.core.UkDates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dearmp.core.Lazy;
import org.dearmp.i18n.Messages;
import org.dearmp.store.AppDataFolder;
import org.dearmp.store.AtomicFiles;
import org.dearmp.store.FileProblems;
import org.dearmp.store.DamagedFiles;
import org.dearmp.store.RefusedFileException;
import org.dearmp.store.UserFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the app gets its {@link Parliament}: the MP list bundled with the app, or a newer list the
 * user imported into their data folder. The newer of the two wins, so an app update with fresher
 * bundled data is not hidden behind an old import.
 */
public final class ParliamentRepository {
    static final String IMPORT_FOLDER = "mp-lists";
    /** A full list is about 100 KB; one a hundred times that is not an MP list, and is refused unread. */
    static final long MAX_IMPORT_BYTES = 16L * 1024 * 1024;
    /** A list has a row a seat (650); one with a few times that is not an MP list, and is not read on. */
    static final int MAX_IMPORT_ROWS = 2_000;
    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern STORED_NAME = Pattern.compile("dfe_mp_lookup_(\\d{4}-\\d{2}-\\d{2})\\.csv");

    private final AppDataFolder dataFolder;
    private final DamagedFiles damaged;
    private final Lazy<ParliamentData> bundled = Lazy.of(() -> {
        BundledData.Contents contents = BundledData.read();
        return new ParliamentData(contents.constituencies(), contents.mps());
    });
    /** The imported list last read, and the file state it was read from. */
    private ParliamentData lastImported;
    private String lastImportedStamp = "";

    /** A repository that leaves an imported list it cannot read where it is (tests that only read the lists). */
    public ParliamentRepository(AppDataFolder dataFolder) {
        this(dataFolder, DamagedFiles.leftInPlace());
    }

    /** @param damaged where an imported list that can no longer be parsed is set aside and reported */
    public ParliamentRepository(AppDataFolder dataFolder, DamagedFiles damaged) {
        this.dataFolder = dataFolder;
        this.damaged = damaged;
    }

    /** The list to use: an imported one when it is at least as new as the bundled one. */
    public synchronized Parliament current() {
        ParliamentData fromApp = bundled();
        Optional<Path> imported = importedFile();
        if (imported.isEmpty() || dateOf(imported.get()).isBefore(fromApp.dataAsOf())) {
            return fromApp;
        }
        try {
            String stamp = imported.get() + "@" + Files.getLastModifiedTime(imported.get()) + "/"
                    + Files.size(imported.get());
            if (!stamp.equals(lastImportedStamp)) {
                lastImported = readImported(imported.get(), dateOf(imported.get()));
                lastImportedStamp = stamp;
            }
            return lastImported;
        } catch (MpListImportException e) {
            // The file is there but is not a list this app can use: keep it for the user, under a name no
            // import reads or removes, and use the bundled list.
            log().warn("Setting aside the imported MP list {}, which can no longer be read", imported.get().getFileName());
            damaged.setAside(imported.get());
            return fromApp;
        } catch (IOException | UncheckedIOException e) {
            log().warn("Ignoring the imported MP list {}, which can no longer be read: {}",
                    imported.get().getFileName(), e.getMessage());
            return fromApp;
        }
    }

    /** The list bundled with the app. */
    public ParliamentData bundled() {
        return bundled.get();
    }

    /** The imported list in the data folder, if any (whether or not it is newer than the bundled one). */
    public Optional<Path> importedFile() {
        Path folder = dataFolder.root().resolve(IMPORT_FOLDER);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> STORED_NAME.matcher(p.getFileName().toString()).matches())
                    .max(Comparator.comparing(ParliamentRepository::dateOf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a DfE extract and, when it is complete and valid, stores it in the data folder so it is
     * used from then on.
     *
     * @param asOf  the date the list is valid for; when empty, taken from a date in the file name
     * @param today to refuse a list dated in the future
     * @throws MpListImportException with every problem found, when the list cannot be used
     */
    public synchronized ImportResult importDfeExtract(Path file, Optional<LocalDate> asOf, LocalDate today) {
        String fileName = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new MpListImportException(fileName, List.of(Messages.get("parliament.import.isAFolder", file)));
        }
        if (!Files.exists(file)) {
            throw new MpListImportException(fileName, List.of(Messages.get("parliament.import.notFound", file)));
        }
        refuseUnlessImportable(file, fileName);
        LocalDate date = asOf.or(() -> dateInName(fileName)).orElseThrow(() ->
                new MpListImportException(fileName, List.of(Messages.get("parliament.import.noDate"))));
        if (date.isAfter(today)) {
            throw new MpListImportException(fileName,
                    List.of(Messages.get("parliament.import.futureDate", UkDates.date(date))));
        }
        Parliament before = current();
        if (date.isBefore(before.dataAsOf())) {
            throw new MpListImportException(fileName, List.of(Messages.get("parliament.import.older",
                    UkDates.date(date), UkDates.date(before.dataAsOf()))));
        }
        // Read twice, a row at a time, never whole: once to check it, once to keep it. A digest of each read
        // makes sure what is kept is what was checked, even if the file changes in between.
        ParliamentData after;
        byte[] checked;
        try (DigestInputStream in = new DigestInputStream(openImport(file), sha256())) {
            after = parse(in, fileName, date);
            checked = in.getMessageDigest().digest();
        } catch (NoSuchFileException e) {
            throw new MpListImportException(fileName, List.of(Messages.get("parliament.import.notFound", file)));
        } catch (IOException e) {
            throw unreadable(file, fileName, e);
        }
        Path stored = dataFolder.folder(IMPORT_FOLDER).resolve("dfe_mp_lookup_" + date + ".csv");
        try {
            AtomicFiles.write(stored, out -> {
                try (DigestInputStream in = new DigestInputStream(openImport(file), sha256())) {
                    in.transferTo(out);
                    if (!MessageDigest.isEqual(checked, in.getMessageDigest().digest())) {
                        throw new MpListImportException(fileName, List.of(Messages.get("parliament.import.changed")));
                    }
                }
            });
            removeOtherImports(stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log().debug("Imported an MP list dated {}", date);
        return new ImportResult(after, stored, MpChange.between(before, after));
    }

    /** A device, a pipe or a file far too big is said first, before its name or date is looked at. */
    private static void refuseUnlessImportable(Path file, String fileName) {
        try {
            UserFiles.check(file, MAX_IMPORT_BYTES, Messages.get("parliament.import.what"));
        } catch (RefusedFileException e) {
            throw new MpListImportException(fileName, List.of(e.getMessage()));
        } catch (IOException e) {
            throw new MpListImportException(fileName,
                    List.of(Messages.get("parliament.import.unreadable", file, FileProblems.why(e))));
        }
    }

    /** Forgets any imported list, so the bundled one is used again. */
    public synchronized void removeImported() throws IOException {
        Optional<Path> imported = importedFile();
        while (imported.isPresent()) {
            Files.delete(imported.get());
            imported = importedFile();
        }
    }

    private void removeOtherImports(Path keep) throws IOException {
        try (Stream<Path> files = Files.list(keep.getParent())) {
            for (Path p : files.filter(p -> STORED_NAME.matcher(p.getFileName().toString()).matches())
                    .filter(p -> !p.equals(keep)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private ParliamentData readImported(Path stored, LocalDate date) throws IOException {
        try (InputStream in = Files.newInputStream(stored)) {
            return parse(in, stored.getFileName().toString(), date);
        }
    }

    private static InputStream openImport(Path file) throws IOException {
        return UserFiles.open(file, MAX_IMPORT_BYTES, Messages.get("parliament.import.what"));
    }

    private static MpListImportException unreadable(Path file, String fileName, IOException e) {
        if (e instanceof RefusedFileException) {
            return new MpListImportException(fileName, List.of(e.getMessage()));
        }
        return new MpListImportException(fileName,
                List.of(Messages.get("parliament.import.unreadable", file, FileProblems.why(e))));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /**
     * The list in {@code content}, read a row at a time. A failure to read the file itself is left to the
     * caller to word; what is wrong with its contents is said here.
     */
    private ParliamentData parse(InputStream content, String fileName, LocalDate date) throws IOException {
        Reader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        String source = Messages.get("parliament.source.imported", fileName, UkDates.date(date));
        try (CsvRows rows = CsvRows.open(reader, MAX_IMPORT_ROWS)) {
            return new ParliamentData(constituencies(),
                    DfeExtract.read(rows, fileName, constituencies(), knownGenders(), date, source));
        } catch (CharacterCodingException e) {
            // Typically a list opened and saved again in a spreadsheet: names such as Ynys Môn would be garbled.
            throw new MpListImportException(fileName, List.of(Messages.get("parliament.import.notUtf8")));
        } catch (CsvRows.TooManyRows e) {
            throw new MpListImportException(fileName, List.of(Messages.get("parliament.import.tooManyRows",
                    e.limit(), constituencies().size())));
        } catch (IOException e) {
            if (e.getCause() instanceof tools.jackson.core.JacksonException) {
                throw new MpListImportException(fileName,
                        List.of(Messages.get("parliament.import.notCsv", e.getMessage())));
            }
            throw e;
        }
    }

    /** Genders from the bundled list: the DfE extract has none, and MPs keep their Members API id. */
    private Map<Integer, Gender> knownGenders() {
        Map<Integer, Gender> genders = new HashMap<>();
        bundled().mpList().seats().values().forEach(m -> m.ifPresent(member -> genders.put(member.memberId(),
                member.gender())));
        return genders;
    }

    private List<Constituency> constituencies() {
        return bundled().constituencies();
    }

    /** Looked up when needed: starting the logging library costs a one-shot command-line run. */
    private static Logger log() {
        return LoggerFactory.getLogger(ParliamentRepository.class);
    }

    /** The last real YYYY-MM-DD date in a file name: the date an import takes the list to be valid for. */
    public static Optional<LocalDate> dateInName(String fileName) {
        Matcher m = DATE_IN_NAME.matcher(fileName);
        Optional<LocalDate> found = Optional.empty();
        while (m.find()) {
            try {
                found = Optional.of(LocalDate.parse(m.group(1)));
            } catch (java.time.format.DateTimeParseException e) {
                // not a real date, e.g. 2026-13-45: keep looking
            }
        }
        return found;
    }

    private static LocalDate dateOf(Path stored) {
        return dateInName(stored.getFileName().toString()).orElse(LocalDate.MIN);
    }

    /** What an import did: the list now in use, where it is kept, and which seats changed. */
    public record ImportResult(Parliament parliament, Path storedAt, List<MpChange> changes) {
        public ImportResult {
            changes = List.copyOf(changes);
        }
    }
}
