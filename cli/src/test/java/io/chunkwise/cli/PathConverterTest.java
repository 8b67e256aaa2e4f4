package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * A path written with a trailing '/' names a directory: a regular file named so is refused (as
 * {@code cat m.csv/} refuses it), where the path dropped the slash and the file was read. Every
 * command's every path parameter gets the check: none brings a converter that would skip it.
 */
class PathConverterTest {
    @TempDir
    Path dir;

    private final PathConverter converter = new PathConverter();

    @Test
    void aFileNamedWithATrailingSlashIsRefusedNamingItAsWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("m.csv"), "a,b\n");
        for (String written : List.of(file + "/", file + "//")) {
            assertThatThrownBy(() -> converter.convert(written)).isInstanceOf(TypeConversionException.class)
                    .hasMessage(written + ": not a directory (a trailing '/' names a directory; leave it out to name the file "
                            + file + ")");
        }
        assertThat(converter.convert(file.toString())).isEqualTo(file);
    }

    @Test
    void aNameUnderAFileIsRefusedNamingTheFile() throws IOException {
        // "no such file: m.csv/x" hid why: m.csv is a file, and nothing is (or can be made) under it
        Path file = Files.writeString(dir.resolve("m.csv"), "a,b\n");
        assertThatThrownBy(() -> converter.convert(file + "/x")).isInstanceOf(TypeConversionException.class)
                .hasMessage(file + "/x: " + file + " is a file, not a directory");
        assertThatThrownBy(() -> converter.convert(file + "/x/y.csv")).hasMessage(file + "/x/y.csv: " + file + " is a file, not a directory");
        // under a directory, a name of nothing yet is the command's to judge (an --out DIR it creates)
        assertThat(converter.convert(dir.resolve("new/y.csv").toString())).isEqualTo(dir.resolve("new/y.csv"));
    }

    @Test
    void aLinkToAFileIsAFileToo() throws IOException {
        Path file = Files.writeString(dir.resolve("m.csv"), "a,b\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), file);
        assertThatThrownBy(() -> converter.convert(link + "/")).hasMessageStartingWith(link + "/: not a directory");
    }

    @Test
    void directoriesTheRootAndNamesOfNothingYetKeepTheirSlash() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("results"));
        assertThat(converter.convert(sub + "/")).isEqualTo(sub);
        assertThat(converter.convert("/")).isEqualTo(Path.of("/"));
        // the command says what is missing, or creates the directory (an --out DIR)
        assertThat(converter.convert(dir.resolve("none") + "/")).isEqualTo(dir.resolve("none"));
    }

    @Test
    void anEmptyNameIsRefused() {
        assertThatThrownBy(() -> converter.convert("")).isInstanceOf(TypeConversionException.class)
                .hasMessage("the name is empty (an unset shell variable in quotes?)");
    }

    /** Every path parameter of every command, reached through picocli's model: a new one cannot be missed. */
    private static List<ArgSpec> pathParameters(CommandLine cmd) {
        List<ArgSpec> found = new ArrayList<>();
        for (ArgSpec arg : cmd.getCommandSpec().args()) {
            if (arg.type() == Path.class || List.of(arg.auxiliaryTypes()).contains(Path.class)) {
                found.add(arg);
            }
        }
        for (CommandLine sub : cmd.getSubcommands().values()) {
            found.addAll(pathParameters(sub));
        }
        return found;
    }

    @Test
    void noPathParameterBringsAConverterThatSkipsTheCheck() {
        List<ArgSpec> paths = pathParameters(Main.commandLine());
        assertThat(paths).as("scan, index, lookup, reconcile, compare… take paths").hasSizeGreaterThan(20);
        for (ArgSpec arg : paths) {
            for (CommandLine.ITypeConverter<?> c : arg.converters()) {
                // the registered PathConverter applies where none is given; outputs refuse any trailing slash
                assertThat(c).as(describe(arg)).isInstanceOfAny(PathConverter.class, OutputFileConverter.class);
            }
        }
    }

    @Test
    void everyPathParameterRefusesAFileNamedWithATrailingSlash() throws IOException {
        Path file = Files.writeString(dir.resolve("m.csv"), "a,b\n");
        String bad = file + "/";
        for (ArgSpec arg : pathParameters(Main.commandLine())) {
            CommandLine cmd = Main.commandLine();
            CommandLine owner = find(cmd, arg.command().qualifiedName());
            List<String> args = new ArrayList<>();
            if (arg instanceof OptionSpec option) {
                args.addAll(List.of(option.longestName(), bad));
            } else {
                // the positionals before it get the file itself, which every path parameter takes
                args.addAll(Collections.nCopies(((PositionalParamSpec) arg).index().min(), file.toString()));
                args.add(bad);
            }
            ParameterException e = catchThrowableOfType(ParameterException.class, () -> owner.parseArgs(args.toArray(String[]::new)));
            assertThat(e).as(describe(arg) + " given " + bad).isNotNull();
            assertThat(e.getMessage()).as(describe(arg)).containsAnyOf(bad + ": not a directory", bad + " ends with '/'");
        }
    }

    private static CommandLine find(CommandLine root, String qualifiedName) {
        if (root.getCommandSpec().qualifiedName().equals(qualifiedName)) {
            return root;
        }
        for (CommandLine sub : root.getSubcommands().values()) {
            CommandLine found = find(sub, qualifiedName);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String describe(ArgSpec arg) {
        return arg.command().qualifiedName() + " " + (arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel());
    }
}
