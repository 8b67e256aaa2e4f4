package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of("--no-such-option");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").contains("--no-such-option");
    }

    @Test
    void aFileNamedLikeAnOptionIsNamedWithTheWayToPassIt() {
        CliRun run = CliRun.of("--verbose", "index", "-weird.csv", "--workers", "2");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").contains("Missing required parameter")
                .contains("'-weird.csv' is not an option of chunkwise index").contains("put -- before it")
                .doesNotContain("'--workers'").doesNotContain("'--verbose'");
    }

    @Test
    void aBadSizeIsOneLineWithoutAnExceptionName() {
        CliRun run = CliRun.of("index", "any.csv", "--memory-budget", "lots");
        String text = run.err().strip();
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(text).doesNotContain("\n").doesNotContain("Exception").contains("'lots' is not a size");
    }

    @Test
    void anEmptyFileNameIsNamedByItsOption() {
        // an unset variable in quotes ("$MASTER") is the working directory as a path: named for what it is (QA-19 Q19-7)
        String[][] runs = {
            {"reconcile", "--master", "", "--fix", "any.fix"},
            {"reconcile", "--master", "any.csv", "--fix", ""},
            {"scan", ""},
            {"compare", "", "b.json"},
        };
        String[] named = {"option '--master'", "option '--fix'", "positional parameter at index 0", "positional parameter at index 0"};
        for (int i = 0; i < runs.length; i++) {
            CliRun run = CliRun.of(runs[i]);
            assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().strip()).doesNotContain("\n").contains(named[i])
                    .contains("the name is empty (an unset shell variable in quotes?)").doesNotContain("directory");
        }
    }

    @Test
    void aResultThatCouldNotBeWrittenIsNotASuccess() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream full = new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        }, true);
        full.println("{ \"records\" : 1 }");
        int code = Main.checkOutput(ExitCodes.OK, full, new java.io.PrintStream(err, true));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("could not all be written to standard output");
        assertThat(Main.checkOutput(ExitCodes.INTERNAL, full, new java.io.PrintStream(err, true))).isEqualTo(ExitCodes.INTERNAL);
        assertThat(Main.checkOutput(ExitCodes.NOT_FOUND, System.out, new java.io.PrintStream(err, true)))
                .isEqualTo(ExitCodes.NOT_FOUND);
        // a human result goes to stderr: lost there, it is lost too
        assertThat(Main.checkOutput(ExitCodes.NOT_FOUND, System.out, full)).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theLastOfARepeatedOptionWins(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("one.log");
        Files.writeString(log, "8=FIX.4.4|9=28|35=D|34=1|49=A|56=B|55=AAPL|10=095|\n");
        CliRun run = CliRun.of("fixscan", log.toString(), "--workers", "1", "--json", "--workers", "2", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"messages\" : 1").contains("\"workers\" : 2");
    }

    @Test
    void helpSucceeds() {
        assertThat(Main.run("--help")).isZero();
    }

    @Test
    void aSubcommandsVersionIsTheRootsAndNoSubcommandIsAUsageError() {
        CliRun root = CliRun.of("--version");
        CliRun sub = CliRun.of("generate", "fxbars", "--version");
        assertThat(root.out()).startsWith("chunkwise ");
        assertThat(sub.code()).isZero();
        assertThat(sub.out()).isEqualTo(root.out());
        for (String[] args : new String[][] {{}, {"dataset"}, {"generate"}}) {
            CliRun bare = CliRun.of(args);
            assertThat(bare.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(bare.out()).isEmpty();
            assertThat(bare.err()).containsAnyOf("Usage: chunkwise", "name what to generate");
        }
    }

    @Test
    void everyCommandPrintsItsHelpCleanly() {
        List<String> paths = new ArrayList<>();
        commandPaths(Main.commandLine(), "", paths);
        assertThat(paths).contains("index", "lookup", "scan", "profile", "demo", "generate secmaster");
        for (String path : paths) {
            List<String> args = new ArrayList<>(List.of(path.split(" ")));
            args.add("--help");
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.code()).as(path).isZero();
            assertThat(run.out()).as(path).contains("Usage: chunkwise " + path);
            assertThat(run.err()).as(path + " (picocli warns about unescaped % in descriptions)").isEmpty();
        }
    }

    @Test
    void helpNamesASubcommandOfASubcommand() {
        CliRun run = CliRun.of("help", "generate", "fxbars");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Usage: chunkwise generate fxbars");
    }

    @Test
    void anUnknownSubcommandIsNamedAsAnUnknownCommandWithOrWithoutHelp() {
        for (String[] args : new String[][] {{"generate", "nosuch"}, {"help", "generate", "nosuch"}, {"generate", "nosuch", "--rows", "5"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip()).as(String.join(" ", args))
                    .isEqualTo("chunkwise generate: unknown command 'nosuch' (see 'chunkwise generate --help')");
        }
        assertThat(CliRun.of("dataset", "Cache").err().strip())
                .isEqualTo("chunkwise dataset: unknown command 'Cache'; did you mean 'cache'? (see 'chunkwise dataset --help')");
        assertThat(CliRun.of("help", "generate", "SecMaster").err().strip()).isEqualTo(
                "chunkwise generate: unknown command 'SecMaster'; did you mean 'secmaster'? (see 'chunkwise generate --help')");
        assertThat(CliRun.of("help", "index", "nosuch").err().strip()).isEqualTo(
                "chunkwise index: unknown command 'nosuch': chunkwise index has no subcommands (see 'chunkwise index --help')");
        CliRun extra = CliRun.of("generate", "secmaster", "extra", "--out", "x.csv");
        assertThat(extra.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(extra.err()).as("a leaf's extra word is not an unknown command").doesNotContain("unknown command");
    }

    @Test
    void anUnknownCommandIsNamedWithTheOneItMayMean() {
        CliRun typo = CliRun.of("bogus", "m.csv");
        assertThat(typo.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err().strip()).isEqualTo("chunkwise: unknown command 'bogus' (see 'chunkwise --help')");
        assertThat(CliRun.of("--verbose", "Index", "m.csv").err().strip())
                .isEqualTo("chunkwise: unknown command 'Index'; did you mean 'index'? (see 'chunkwise --help')");
        CliRun help = CliRun.of("help", "Index");
        assertThat(help.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(help.err().strip()).as("as without help")
                .isEqualTo("chunkwise: unknown command 'Index'; did you mean 'index'? (see 'chunkwise --help')");
    }

    @Test
    void everyDescriptionLineIsWholeSentences() {
        // Help prints each line of a description as a paragraph and the command list shows the
        // first: a line cut mid-sentence reads as a truncated summary.
        List<String> paths = new ArrayList<>();
        commandPaths(Main.commandLine(), "", paths);
        for (String path : paths) {
            CommandLine cmd = Main.commandLine();
            for (String name : path.split(" ")) {
                cmd = cmd.getSubcommands().get(name);
            }
            for (String line : cmd.getCommandSpec().usageMessage().description()) {
                assertThat(line).as(path).endsWith(".");
            }
        }
    }

    @Test
    void anArgumentStartingWithAtIsNotAFileOfArguments(@TempDir Path dir) throws IOException {
        // the launcher reads options from the command line to size the JVM: an @FILE expanded by picocli
        // alone would hide them from it (QA-18 Q18-3)
        Path args = Files.writeString(dir.resolve("idx.args"), "--memory-budget\n512MiB\n");
        CommandLine.ParseResult parsed = Main.commandLine("index").parseArgs("index", "@" + args);
        assertThat(parsed.subcommand().matchedPositionals()).singleElement()
                .satisfies(p -> assertThat(p.<Path>getValue()).isEqualTo(Path.of("@" + args)));
        assertThat(parsed.subcommand().hasMatchedOption("--memory-budget")).isFalse();
    }

    @Test
    void durationsAndInstantsGoThroughOurConverters(@TempDir Path dir) {
        // profile --interval is a Duration, read by Durations (50ms, which java.time's own parse refuses)
        assertThat(Main.commandLine("profile").parseArgs("profile", "--interval", "50ms", "--out", dir.toString(), "--", "true")
                .subcommand().matchedOptionValue("--interval", java.time.Duration.ZERO)).isEqualTo(java.time.Duration.ofMillis(50));
        // generate fxbars --start is an Instant
        assertThat(Main.commandLine("generate").parseArgs("generate", "fxbars", "--rows", "10", "--start", "2024-01-01T00:00:00Z", "-o",
                dir.resolve("b.csv").toString()).subcommand().subcommand().matchedOptionValue("--start", java.time.Instant.EPOCH))
                .isEqualTo(java.time.Instant.parse("2024-01-01T00:00:00Z"));
    }

    private static void commandPaths(CommandLine cmd, String prefix, List<String> out) {
        cmd.getSubcommands().forEach((name, sub) -> {
            if (!name.equals(sub.getCommandName())) {
                return; // an alias
            }
            String path = prefix.isEmpty() ? name : prefix + " " + name;
            out.add(path);
            commandPaths(sub, path, out);
        });
    }
}
