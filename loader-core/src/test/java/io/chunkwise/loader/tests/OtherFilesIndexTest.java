package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.chunkwise.loader.index.IndexException;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stale index given for a file is rebuilt when it is that file's own (edited, renamed, copied)
 * and refused, untouched, when it is the good index of another file.
 */
class OtherFilesIndexTest {
    @TempDir
    Path dir;

    private static final String HEADER = "cusip,isin,symbol\n";
    private static final String APPLE = "037833100,US0378331005,AAPL\n";
    private static final String GOOGLE = "38259P508,US38259P5089,GOOG\n";

    private Path write(String name, String body) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, HEADER + body);
        return p;
    }

    private static Path indexed(Path master) {
        Path idx = Indexer.defaultPath(master);
        Indexer.build(master, idx, IndexOptions.defaults());
        return idx;
    }

    private static Indexer.Opened open(Path master, Path idx) {
        return Indexer.openOrBuild(master, idx, IndexOptions.defaults(), Indexer.Dialect.FROM_INDEX, reason -> { });
    }

    @Test
    void anotherMastersIndexIsRefusedNamingBothAndKept() throws Exception {
        Path a = write("a.csv", APPLE);
        Path idx = indexed(a);
        byte[] before = Files.readAllBytes(idx);
        Path b = write("b.csv", GOOGLE);

        IndexException e = catchThrowableOfType(IndexException.class, () -> open(b, idx));

        assertThat(e.stale()).as("not stale: nothing to rebuild").isFalse();
        assertThat(e.getMessage()).contains("a.csv.cwx", "the index of another file, a.csv", "not of b.csv",
                "it is not replaced");
        assertThat(Files.readAllBytes(idx)).isEqualTo(before);
        // the other master still opens it, unchanged
        Indexer.Opened o = open(a, idx);
        try (IndexFile f = o.index()) {
            assertThat(o.rebuiltBecause()).isNull();
            assertThat(f.offsets(KeyKind.CUSIP, "037833100")).hasSize(1);
        }
    }

    @Test
    void itsOwnFileEditedIsRebuiltSayingSo() throws Exception {
        Path a = write("a.csv", APPLE);
        Path idx = indexed(a);
        Files.writeString(a, HEADER + APPLE + GOOGLE);
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 2000));

        Indexer.Opened o = open(a, idx);
        try (IndexFile f = o.index()) {
            assertThat(o.rebuiltBecause()).contains("stale", "built from a.csv before it changed");
            assertThat(f.offsets(KeyKind.CUSIP, "38259P508")).hasSize(1);
        }
    }

    @Test
    void aCopyUnderAnotherNameRebuildsTheIndexGivenForIt() throws Exception {
        Path a = write("a.csv", APPLE);
        Path idx = indexed(a);
        Path copy = Files.copy(a, dir.resolve("copy.csv"));
        Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 2000));

        Indexer.Opened o = open(copy, idx);
        try (IndexFile f = o.index()) {
            assertThat(o.rebuiltBecause()).contains("built from a.csv, not copy.csv");
            assertThat(f.offsets(KeyKind.CUSIP, "037833100")).hasSize(1);
        }
    }

    @Test
    void anIndexRenamedWithItsFileIsItsOwnEvenEditedSince() throws Exception {
        Path a = write("a.csv", APPLE);
        Path idx = indexed(a);
        Path b = Files.move(a, dir.resolve("b.csv"));
        Path bIdx = Files.move(idx, Indexer.defaultPath(b), StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(b, HEADER + APPLE + GOOGLE);

        Indexer.Opened o = open(b, bIdx);
        try (IndexFile f = o.index()) {
            assertThat(o.rebuiltBecause()).contains("stale: built from another file, a.csv (", "not b.csv (");
            assertThat(f.offsets(KeyKind.CUSIP, "38259P508")).hasSize(1);
        }
    }

    @Test
    void aFileOfTheSameNameElsewhereIsTakenForANewExportOfIt() throws Exception {
        Path a = write("a.csv", APPLE);
        Path idx = indexed(a);
        Path other = Files.createDirectory(dir.resolve("today")).resolve("a.csv");
        Files.writeString(other, HEADER + GOOGLE);

        Indexer.Opened o = open(other, idx);
        try (IndexFile f = o.index()) {
            assertThat(o.rebuiltBecause()).contains("built from a.csv before it changed");
            assertThat(f.offsets(KeyKind.CUSIP, "38259P508")).hasSize(1);
        }
    }

    @Test
    void anIndexOpenedForAnotherFileOfItsSizeSaysSoNotThatATimeChanged() throws Exception {
        Path a = write("a.csv", APPLE);
        Path idx = indexed(a);
        Path b = write("b.csv", GOOGLE);
        Files.setLastModifiedTime(b, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 2000));
        assertThat(Files.size(b)).isEqualTo(Files.size(a));

        IndexException e = catchThrowableOfType(IndexException.class, () -> IndexFile.open(idx, b));

        assertThat(e.stale()).as("stale for b.csv: whether to rebuild is the caller's call").isTrue();
        assertThat(e.getMessage()).isEqualTo(idx + ": stale: built from another file, a.csv, not b.csv (both "
                + Files.size(b) + " bytes, their sampled content differs)").doesNotContain("modification time");
    }

    @Test
    void anIndexOpenedForAnotherFileOfAnotherSizeNamesBothSizes() throws Exception {
        Path a = write("a.csv", APPLE);
        Path idx = indexed(a);
        Path b = write("b.csv", APPLE + GOOGLE);

        IndexException e = catchThrowableOfType(IndexException.class, () -> IndexFile.open(idx, b));

        assertThat(e.stale()).isTrue();
        assertThat(e.getMessage()).isEqualTo(String.format(java.util.Locale.ROOT, "%s: stale: built from another file, a.csv"
                + " (%,d bytes), not b.csv (%,d bytes)", idx, Files.size(a), Files.size(b)));
    }

    @Test
    void itsOwnFileWrittenAgainAtItsSizeSaysTheContentChanged() throws Exception {
        Path a = write("a.csv", APPLE);
        Path idx = indexed(a);
        long built = Files.getLastModifiedTime(a).toMillis();
        Files.writeString(a, HEADER + GOOGLE);
        Files.setLastModifiedTime(a, FileTime.fromMillis(built + 2000));

        IndexException e = catchThrowableOfType(IndexException.class, () -> IndexFile.open(idx, a));

        assertThat(e.stale()).isTrue();
        assertThat(e.getMessage()).as("the content, not only the time, moved").isEqualTo(idx
                + ": stale (built from a.csv before it changed): source content changed (sample checksum differs)");
    }

    @Test
    void aCopyOpenedWithTheIndexSaysItIsOneAndWhatDiffers() throws Exception {
        Path a = write("a.csv", APPLE);
        Path idx = indexed(a);
        Path copy = Files.copy(a, dir.resolve("copy.csv"));
        Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 2000));

        IndexException e = catchThrowableOfType(IndexException.class, () -> IndexFile.open(idx, copy));

        assertThat(e.getMessage()).endsWith(": stale (built from a.csv, not copy.csv, of the same size and sampled content:"
                + " a copy or a rename): source modification time changed");
    }
}
