package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.CraftedZip;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken input for every command and importer, one row each: the command line ({@code {NAME}} stands for a
 * file made below), the exit code, and a fragment of what it must say. Whatever is wrong, the user reads a
 * sentence, never a Java class, an exception or a stack trace ({@link HostileInputTest} has the files that
 * are not files: devices, pipes, sparse giants).
 */
class HostileCommandsTest {

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @TempDir
    Path dir;

    private static final String BATCH = "batch --input {CSV} --template stronger-laws --out {OUT}";

    static Stream<Arguments> rows() {
        return Stream.of(
                // lookup
                row("lookup", 2, "Usage:"),
                row("lookup not-a-postcode", 2, "not-a-postcode"),
                row("lookup --csv {NO_POSTCODES}", 2, "no-postcodes.csv"),
                row("lookup --csv {CSV} --column Nope", 2, "Nope"),
                row("lookup --csv {BINARY}", 2, "binary.csv"),
                // letter
                row("letter --postcode ZZ9 --template stronger-laws --name A", 2, "ZZ9"),
                row("letter --postcode SW1A0AA --template no-such --name A", 2, "There is no template \"no-such\""),
                row("letter --postcode SW1A0AA --template stronger-laws --name A --email not-an-address", 2,
                        "Your email address cannot be used"),
                row("letter --postcode SW1A0AA --template stronger-laws --name A --format docx", 2,
                        "--format needs one of pdf, eml or txt"),
                row("letter --postcode SW1A0AA --template stronger-laws --name A --out /proc/letter.pdf", 2,
                        "Dear MP cannot write there"),
                row("letter --postcode SW1A0AA --template stronger-laws --name A --out {OUT}/typo/letter.pdf", 2,
                        "there is no folder"),
                row("letter --postcode SW1A0AA --template stronger-laws --name A --templates-dir {OUT}", 2,
                        "/out cannot be listed: there is no such file or folder."),
                row("letter --postcode SW1A0AA --template stronger-laws --name A --out {NUL_NAME}", 2,
                        "\"a\\u0000b\" is not a file or folder name this system can use"),
                // batch
                row(BATCH + " --on-problem maybe", 2, "Unknown --on-problem \"maybe\""),
                row("batch --input {EMPTY} --template stronger-laws --out {OUT}", 2, "empty.csv"),
                row("batch --input {BINARY} --template stronger-laws --out {OUT}", 2, "binary.csv"),
                row(BATCH + " --mapping {NOT_MAPPING}", 2, "Choose the column that holds the postcode"),
                row("batch --input {CSV} --template no-such --out {OUT}", 2, "There is no template \"no-such\""),
                row("batch --input {CSV} --template stronger-laws --out /proc/letters", 2, "Could not write the letters"),
                // templates
                row("templates --dir {CSV}", 2, "ok.csv cannot be listed: it is a file, not a folder."),
                row("templates --dir {OUT}", 2, "out cannot be listed: there is no such file or folder."),
                row("templates --dir a\u0000b", 2, "--dir needs a file or folder name"),
                // template check
                row("template check", 2, "Missing required parameter"),
                row("template check {BINARY}", 1, "not UTF-8"),
                row("template check {EMPTY}", 1, "empty.csv:1:1"),
                // template import
                row("template import", 2, "Missing required parameter"),
                row("template import {TRAVERSAL}", 2, "points outside the pack"),
                row("template import {NO_MANIFEST}", 2, "it has no manifest.json"),
                row("template import {BAD_MANIFEST}", 2, "its manifest.json cannot be read"),
                row("template import {BINARY}", 2, "it is not a template pack"),
                // template export
                row("template export stronger-laws", 2, "Missing required option: '--out=FILE'"),
                row("template export nope --out {OUT}/p.dearmp", 2, "There is no template nope"),
                row("template export stronger-laws --out /proc/p.dearmp", 2, "Dear MP cannot write there"),
                row("template export stronger-laws --out {NUL_NAME}", 2, "--out needs a file or folder name"),
                // mps import
                row("mps import {CSV}", 2, "ok.csv"),
                row("mps import {LIST_BINARY}", 2, "is not UTF-8"),
                row("mps import {LIST_NO_COLUMNS}", 2, "Columns missing"),
                row("mps import {LIST_NO_COLUMNS} --as-of 2026-02-30", 2, "--as-of needs a date as YYYY-MM-DD"),
                // bench
                row("bench export --letters many", 2, "--letters needs a whole number"),
                row("bench export --letters 0", 2, "--letters needs a whole number of at least 1: \"0\""),
                row("bench export --letters 10 --threads -1", 2, "--threads needs a whole number of at least 1"),
                row("bench index --lookups -5", 2, "--lookups needs a whole number of at least 1: \"-5\""),
                row("bench index --loads 0", 2, "--loads needs a whole number of at least 1"),
                row("bench index --seed 1.5", 2, "--seed needs a whole number"),
                row("bench batch --n 10,-1", 2, "--n needs a whole number of at least 1: \"-1\""),
                row("bench batch --cold -1", 2, "--cold needs a whole number of at least 0: \"-1\" is too small."),
                row("bench batch --threads -2", 2, "--threads needs a whole number of at least 0"),
                row("bench batch --template no-such --n 1 --cold 0 --warmup 1", 2, "There is no template \"no-such\""),
                row("bench supporters --n 0 --out {OUT}/s.csv", 2, "--n must be at least 1"),
                row("bench supporters --n 3 --out /proc/s.csv", 2, "Dear MP cannot write there"));
    }

    private static Arguments row(String command, int exitCode, String fragment) {
        return Arguments.of(command, exitCode, fragment);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedInPlainWords(String command, int exitCode, String fragment) throws IOException {
        CliRun run = userData.run(resolve(command.split(" ")));

        String all = run.out() + run.err();
        assertThat(run.exitCode()).as(all).isEqualTo(exitCode);
        assertThat(all).contains(fragment);
        assertNoJava(all);
    }

    /** No exception, no stack frame, no Java or Dear MP class name: the words of someone, not of a program. */
    static void assertNoJava(String output) {
        assertThat(output).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.")
                .doesNotContainPattern("org\\.dearmp\\.[a-z.]*[A-Z]");
    }

    private String[] resolve(String[] args) throws IOException {
        String[] resolved = Arrays.copyOf(args, args.length);
        for (int i = 0; i < resolved.length; i++) {
            String arg = resolved[i];
            int open = arg.indexOf('{');
            int close = arg.indexOf('}');
            if (open >= 0 && close > open) {
                resolved[i] = arg.substring(0, open) + file(arg.substring(open + 1, close)) + arg.substring(close + 1);
            }
        }
        return resolved;
    }

    private String file(String name) throws IOException {
        return switch (name) {
            case "OUT" -> dir.resolve("out").toString();
            case "NUL_NAME" -> "a\u0000b";
            case "CSV" -> write("ok.csv", "Name,Postcode\r\nAnn Lee,EH1 1YH\r\n");
            case "NO_POSTCODES" -> write("no-postcodes.csv", "Name,Colour\r\nAnn Lee,blue\r\n");
            case "EMPTY" -> write("empty.csv", "");
            case "BINARY" -> bytes("binary.csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xd8, 0, 0, (byte) 0x9f, 1, 2});
            case "NOT_MAPPING" -> write("mapping.json", "[1, 2, 3]");
            case "LIST_BINARY" -> bytes("dfe_mp_lookup_2026-09-30.csv", new byte[] {(byte) 0xc3, (byte) 0x28, 'a', ',', 'b'});
            case "LIST_NO_COLUMNS" -> write("dfe_mp_lookup_2026-10-01.csv", "name,seat\r\nA,B\r\n");
            case "TRAVERSAL" -> zip("traversal.dearmp", "../evil.txt", "x");
            case "NO_MANIFEST" -> zip("no-manifest.dearmp", "stronger-laws.txt", "x");
            case "BAD_MANIFEST" -> zip("bad-manifest.dearmp", "manifest.json", "{not json");
            default -> throw new IllegalArgumentException(name);
        };
    }

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
    }

    private String bytes(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content).toString();
    }

    private String zip(String name, String entry, String content) throws IOException {
        Path file = dir.resolve(name);
        CraftedZip.write(file, zip -> zip.entry(entry, content.getBytes(StandardCharsets.UTF_8)));
        return file.toString();
    }
}
