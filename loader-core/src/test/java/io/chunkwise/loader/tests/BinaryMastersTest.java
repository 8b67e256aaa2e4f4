package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.io.BinaryFormats;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: a program, a PDF or an SQLite database given as the master was described by its NUL bytes
 * ("a preallocated file never written") or read as a CSV of header [%PDF-1.7]; a workbook was told
 * to be unzipped. Each is named by its first bytes, at byte 0.
 */
class BinaryMastersTest {
    @TempDir
    Path dir;

    private static byte[] zip(String firstEntry, String content) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            ZipEntry e = new ZipEntry(firstEntry);
            if (firstEntry.equals("mimetype")) {
                // OpenDocument stores it uncompressed, right after its header
                byte[] type = content.getBytes(StandardCharsets.US_ASCII);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(type);
                e.setMethod(ZipEntry.STORED);
                e.setSize(type.length);
                e.setCrc(crc.getValue());
            }
            z.putNextEntry(e);
            z.write(content.getBytes(StandardCharsets.US_ASCII));
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write("<x/>".getBytes(StandardCharsets.US_ASCII));
        }
        return b.toByteArray();
    }

    private static byte[] withNuls(String start, int nuls) {
        byte[] text = start.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[text.length + nuls + 8];
        System.arraycopy(text, 0, out, 0, text.length);
        System.arraycopy("\ncusip\n".getBytes(StandardCharsets.US_ASCII), 0, out, text.length + nuls, 7);
        return out;
    }

    @Test
    void programsDocumentsDatabasesAndWorkbooksAreNamedAtByteZero() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("true.csv", withNuls("\u007fELF\u0002\u0001\u0001", 2000));
        files.put("report.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        files.put("master.db", withNuls("SQLite format 3\u0000\u0010\u0000", 4000));
        files.put("master.xlsx", zip("[Content_Types].xml", "<Types/>"));
        files.put("master.ods", zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"));
        files.put("master.xls", withNuls("\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1", 500));
        files.put("master.zip", zip("master.csv", "cusip,isin,symbol\n"));
        Map<String, String> said = Map.of(
                "true.csv", "an ELF executable or library, not a text file",
                "report.pdf", "a PDF document, not a CSV file; export the data as CSV from where the PDF was made",
                "master.db", "an SQLite database, not a CSV file; export the table as CSV, e.g. sqlite3 -csv -header FILE"
                        + " 'select * from TABLE'",
                "master.xlsx", "an Excel workbook (.xlsx), not a CSV file; save it as CSV from the spreadsheet",
                "master.ods", "an OpenDocument spreadsheet (.ods), not a CSV file; save it as CSV from the spreadsheet",
                "master.xls", "an Excel 97-2003 workbook (.xls) or another OLE2 document, not a CSV file; save it as CSV"
                        + " from the spreadsheet",
                "master.zip", "a zip archive, not a text file; unzip it first (a spreadsheet workbook is one: save it as CSV)");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = Files.write(dir.resolve(f.getKey()), f.getValue());
            String expected = file + ":1 (byte 0): " + said.get(f.getKey());
            assertThatThrownBy(() -> HeaderReader.read(file, CsvFormat.RFC4180)).as(f.getKey())
                    .isInstanceOf(CsvParseException.class).hasMessage(expected);
            assertThatThrownBy(() -> Indexer.build(file, dir.resolve(f.getKey() + ".cwx"), IndexOptions.defaults()))
                    .as(f.getKey()).isInstanceOf(CsvParseException.class).hasMessage(expected);
        }
    }

    @Test
    void givenAsAnotherKindOfFileTheyAreNamedAsNotBeingIt() {
        Assertions.assertThat(BinaryFormats.describe("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), "a FIX log"))
                .isEqualTo("a PDF document, not a FIX log");
        Assertions.assertThat(BinaryFormats.describe("PAR1xxxx".getBytes(StandardCharsets.US_ASCII), "a FIX log"))
                .isEqualTo("a Parquet file, not a FIX log");
        Assertions.assertThat(BinaryFormats.describe("\u007fELF".getBytes(StandardCharsets.ISO_8859_1), "a FIX log"))
                .isEqualTo("an ELF executable or library, not a text file");
        Assertions.assertThat(BinaryFormats.describe("cusip,isin\n".getBytes(StandardCharsets.US_ASCII), "a FIX log")).isNull();
    }
}
