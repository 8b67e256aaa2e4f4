package io.chunkwise.loader.io;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output that cannot be written is refused before any work, naming the option and why. */
class FileArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void aMissingInputWhoseNameLostBytesSaysSo() {
        // a Latin-1 caf\u00e9.csv given to a JVM that reads names as UTF-8 arrives as caf\uFFFD.csv (QA-18 Q18-6)
        assertThatThrownBy(() -> FileArguments.requireInput(dir.resolve("caf\uFFFD.csv")))
                .hasMessageStartingWith("no such file: " + dir.resolve("caf\uFFFD.csv") + " (its name holds bytes that are not UTF-8");
        assertThatThrownBy(() -> FileArguments.requireInput(dir.resolve("caf\u00e9.csv")))
                .hasMessage("no such file: " + dir.resolve("caf\u00e9.csv"));
    }

    @Test
    void anInputIsNamedAsWrittenWithItsTrailingSlash() throws Exception {
        // a path drops the slash: "no such file: nope.csv" of nope.csv/ named a name the user did not type
        Path nope = dir.resolve("nope.csv");
        assertThatThrownBy(() -> FileArguments.requireInput(nope, nope + "/")).hasMessage("no such file: " + nope + "/");
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertThatThrownBy(() -> FileArguments.requireInput(sub, sub + "/")).hasMessage(sub + "/: is a directory, not a file");
        assertThatCode(() -> FileArguments.requireInput(Files.writeString(dir.resolve("m.csv"), "a\n"), "m.csv"))
                .doesNotThrowAnyException();
    }

    @Test
    void aBrokenLinkIsNamedAsALinkNotAsAMissingFile() throws Exception {
        // "no such file: m.csv" of a name that ls lists: the link is there, its target is not
        Path dangling = Files.createSymbolicLink(dir.resolve("m.csv"), Path.of("gone.csv"));
        assertThatThrownBy(() -> FileArguments.requireInput(dangling))
                .hasMessage(dangling + ": a symbolic link to gone.csv, which does not exist");
        Path chained = Files.createSymbolicLink(dir.resolve("n.csv"), Path.of("m.csv"));
        assertThatThrownBy(() -> FileArguments.requireInput(chained))
                .hasMessage(chained + ": a symbolic link to m.csv, whose links lead to no file (one is dangling, or they loop)");
        Path a = dir.resolve("a.csv");
        Files.createSymbolicLink(a, Path.of("b.csv"));
        Files.createSymbolicLink(dir.resolve("b.csv"), Path.of("a.csv"));
        assertThatThrownBy(() -> FileArguments.requireInput(a))
                .hasMessage(a + ": a symbolic link to b.csv, whose links lead to no file (one is dangling, or they loop)");
    }

    @Test
    void aTildeTheShellLeftIsNamed() {
        // chunkwise scan "~/m.csv": quoted, the shell passes the '~' on, and no directory of that name exists
        assertThatThrownBy(() -> FileArguments.requireInput(Path.of("~/m.csv")))
                .hasMessage("no such file: ~/m.csv (a '~' the shell did not expand, in quotes or after '=': write $HOME"
                        + " instead, or leave it unquoted)");
        assertThatThrownBy(() -> FileArguments.requireInput(dir.resolve("a~b.csv")))
                .hasMessage("no such file: " + dir.resolve("a~b.csv"));
        assertThatThrownBy(() -> FileArguments.requireOutput(Path.of("~/r.csv"), "--rejects", false))
                .hasMessageStartingWith("--rejects ~/r.csv: directory ").hasMessageEndingWith("~ does not exist (a '~' the shell"
                        + " did not expand, in quotes or after '=': write $HOME instead, or leave it unquoted)");
    }

    @Test
    void anOutputInAMissingDirectoryOrOnADirectoryIsRefused() {
        assertThatThrownBy(() -> FileArguments.requireOutput(dir.resolve("no/out.csv"), "--out", false))
                .hasMessage("--out " + dir.resolve("no/out.csv") + ": directory " + dir.resolve("no") + " does not exist");
        assertThatThrownBy(() -> FileArguments.requireOutput(dir, "--out", false))
                .hasMessage("--out " + dir + ": is a directory");
        assertThatCode(() -> FileArguments.requireOutput(Path.of("/dev/null"), "--out", false))
                .as("a device is written in place").doesNotThrowAnyException();
    }

    @Test
    void anEmptyOutputIsRefusedByName() {
        // it was "--rejects : is a directory": the empty path is the working directory
        assertThatThrownBy(() -> FileArguments.requireOutput(Path.of(""), "--rejects", false))
                .hasMessage("--rejects is empty: name a file");
        assertThatThrownBy(() -> FileArguments.requireOutput(Path.of(" "), "--markdown", false))
                .hasMessage("--markdown is empty: name a file");
    }

    @Test
    void aDashIsNoStandardOutputAndAFileOfItsOwnIsNotToldToUseOne() {
        // QA: dataset cache -o - suggested /dev/stdout, which an output renamed into place always refuses
        assertThatThrownBy(() -> FileArguments.requireOutput(Path.of("-"), "--rejects", false))
                .hasMessage("--rejects -: '-' is not standard output here; name a file, or /dev/stdout (./- for a file named '-')");
        assertThatThrownBy(() -> FileArguments.requireOutput(Path.of("-"), "--index", true))
                .hasMessage("--index -: '-' is not standard output here; this output is a file of its own, written whole"
                        + " and renamed into place: name a file (./- for a file named '-')");
        assertThatThrownBy(() -> FileArguments.requireOutput(Path.of("/dev/stdout"), "--index", true))
                .as("what the old message suggested").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOutputInADirectoryThatCannotBeWrittenIsRefusedUpFront() throws Exception {
        // QA-8 R-3: reconcile indexed the master first, then failed on --out
        Path readOnly = Files.createDirectory(dir.resolve("share"));
        Path index = Files.writeString(readOnly.resolve("m.csv.cwx"), "an index");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(readOnly), "this user writes any directory (root)");
            assertThatThrownBy(() -> FileArguments.requireOutput(readOnly.resolve("d.csv"), "--out", false))
                    .hasMessage("--out " + readOnly.resolve("d.csv") + ": " + readOnly + " is not writable; choose another path");
            assertThatCode(() -> FileArguments.requireOutput(index, "--index", true))
                    .as("an index there may be fresh, only to be read").doesNotThrowAnyException();
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aDanglingLinkIntoAMissingDirectoryIsRefusedUpFront() throws Exception {
        // written through to its target, whose directory is missing: reconcile indexed the master, then failed on --out
        Path link = Files.createSymbolicLink(dir.resolve("out.csv"), Path.of("nowhere/x.csv"));
        assertThatThrownBy(() -> FileArguments.requireOutput(link, "--out", false))
                .hasMessage("--out " + link + ": directory " + dir.resolve("nowhere") + " does not exist");
        Path good = Files.createSymbolicLink(dir.resolve("ok.csv"), Path.of("x.csv"));
        assertThatCode(() -> FileArguments.requireOutput(good, "--out", false))
                .as("a dangling link into a directory that exists is written through").doesNotThrowAnyException();
    }
}
