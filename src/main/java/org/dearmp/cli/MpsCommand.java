package org.dearmp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.MemberNote;
import org.dearmp.parliament.MpChange;
import org.dearmp.parliament.Parliament;
import org.dearmp.app.AppContext;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.core.UkDates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dear-mp mps}: which MP list is in use, and importing a newer one. */
@Command(name = "mps", mixinStandardHelpOptions = true,
        subcommands = {MpsCommand.Status.class, MpsCommand.Import.class})
final class MpsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static void printAgeWarning(PrintWriter out, Parliament parliament, LocalDate today) {
        parliament.ageWarning(today).ifPresent(warning -> out.println(Messages.get("parliament.cli.warning",
                warning)));
    }

    @Command(name = "status", mixinStandardHelpOptions = true)
    static final class Status implements Callable<Integer> {
        private final AppContext context;

        @Spec
        CommandSpec spec;

        Status(AppContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ParliamentRepository repository = context.parliaments();
            Parliament parliament = repository.current();
            LocalDate today = LocalDate.now(context.clock());
            out.println(Messages.get("parliament.cli.status.source", parliament.source()));
            long vacant = parliament.constituencies().stream()
                    .filter(c -> parliament.notes(c.code()).contains(MemberNote.VACANT_SEAT)).count();
            out.println(Messages.get("parliament.cli.status.seats", parliament.constituencies().size(), vacant));
            out.println(Messages.get("parliament.cli.status.age", age(parliament.dataAsOf(), today),
                    Parliament.MONTHS_BEFORE_OUT_OF_DATE));
            repository.importedFile().ifPresent(file -> out.println(Messages.get("parliament.cli.status.imported",
                    file)));
            printAgeWarning(out, parliament, today);
            printSeatsThatNeedCare(out, parliament);
            return DearMpCommand.EXIT_OK;
        }

        /** "5 months and 4 days": how old a list valid as of {@code asOf} is on {@code today}. */
        static String age(LocalDate asOf, LocalDate today) {
            if (today.isBefore(asOf)) {
                return Messages.get("parliament.cli.status.ageDays", 0);
            }
            Period period = Period.between(asOf, today);
            long months = period.toTotalMonths();
            if (months == 0) {
                return Messages.get("parliament.cli.status.ageDays", period.getDays());
            }
            return Messages.get("parliament.cli.status.ageMonths", months, period.getDays());
        }

        /** Each kind of seat a letter writer must know about (vacant, the Speaker, no email...), with its seats. */
        private static void printSeatsThatNeedCare(PrintWriter out, Parliament parliament) {
            Map<MemberNote, List<String>> seats = new EnumMap<>(MemberNote.class);
            for (Constituency seat : parliament.constituencies()) {
                Optional<Member> mp = parliament.member(seat.code());
                String named = mp.map(m -> Messages.get("parliament.cli.status.seatAndMp", seat.displayName(),
                        m.displayName())).orElse(seat.displayName());
                for (MemberNote note : parliament.notes(seat.code())) {
                    seats.computeIfAbsent(note, n -> new ArrayList<>()).add(named);
                }
            }
            if (seats.isEmpty()) {
                out.println(Messages.get("parliament.cli.status.noCare"));
                return;
            }
            out.println(Messages.get("parliament.cli.status.care"));
            seats.forEach((note, names) -> out.println(Messages.get("parliament.cli.status.careKind",
                    Messages.get("parliament.cli.status.kind." + note.name()), names.size(), String.join("; ", names))));
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        private final AppContext context;

        @Spec
        CommandSpec spec;

        Import(AppContext context) {
            this.context = context;
        }

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
        Path file;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD")
        LocalDate asOf;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LocalDate today = LocalDate.now(context.clock());
            var result = context.parliaments().importDfeExtract(file, Optional.ofNullable(asOf), today);
            out.println(Messages.get("parliament.cli.imported", UkDates.date(result.parliament().dataAsOf()),
                    result.storedAt()));
            if (result.changes().isEmpty()) {
                out.println(Messages.get("parliament.cli.noChanges"));
            } else {
                out.println(Messages.get("parliament.cli.changes", result.changes().size()));
                for (MpChange change : result.changes()) {
                    out.println("  " + change.describe());
                }
            }
            printAgeWarning(out, result.parliament(), today);
            return DearMpCommand.EXIT_OK;
        }
    }
}
