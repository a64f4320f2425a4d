package org.dearmp.cli;

import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Each usage line names each option once, and --postcode still takes a postcode typed without quotes. */
class UsageLineTest {

    @TempDir
    Path temp;
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    private static void collect(CommandLine line, List<CommandLine> all) {
        all.add(line);
        line.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    @Test
    void noUsageLineRepeatsAnOption() {
        List<CommandLine> all = new ArrayList<>();
        collect(DearMpCommand.commandLine(userData.context()), all);
        assertThat(all).hasSizeGreaterThan(10);
        for (CommandLine line : all) {
            String synopsis = line.getHelp().synopsis(0);
            for (CommandLine.Model.OptionSpec option : line.getCommandSpec().options()) {
                for (String name : option.names()) {
                    Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(synopsis);
                    int count = 0;
                    while (m.find()) {
                        count++;
                    }
                    assertThat(count).as(line.getCommandSpec().qualifiedName() + " " + name + " in\n" + synopsis)
                            .isLessThanOrEqualTo(1);
                }
            }
        }
        assertThat(userData.run("letter", "--help").out()).contains("--postcode=POSTCODE");
    }

    @Test
    void aPostcodeInTwoWordsIsStillOnePostcodeInEitherSpelling() throws Exception {
        for (List<String> postcode : List.of(List.of("--postcode", "LL58", "8AA"), List.of("--postcode=LL58", "8AA"),
                List.of("--postcode", "ll588aa"))) {
            Path out = temp.resolve(postcode.get(0).length() + "-" + postcode.size() + ".txt");
            List<String> args = new ArrayList<>(List.of("letter"));
            args.addAll(postcode);
            args.addAll(List.of("--template", "own-words", "--name", "Siân Evans", "--format", "txt",
                    "--out", out.toString()));
            CliRun run = userData.run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(postcode + run.err()).isZero();
            assertThat(Files.readString(out)).contains("LL58 8AA");
        }
    }

    @Test
    void aPostcodeLeftOutOrNotAPostcodeIsAUsageError() {
        CliRun missing = userData.run("letter", "--template", "own-words", "--name", "Siân Evans", "--postcode");
        assertThat(missing.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(missing.err()).contains("--postcode");

        CliRun beforeAnOption = userData.run("letter", "--postcode", "--template", "own-words", "--name", "Siân Evans");
        assertThat(beforeAnOption.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(beforeAnOption.err()).contains("Please give your postcode after --postcode");

        CliRun notAnInwardCode = userData.run("letter", "--postcode", "LL58", "hello", "--template", "own-words",
                "--name", "Siân Evans");
        assertThat(notAnInwardCode.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(notAnInwardCode.err()).contains("hello");
    }
}
