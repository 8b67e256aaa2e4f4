package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review: the synopsis is {@code lookup FILE --cusip KEY…}, but {@code --cusip A B} was refused
 * ("Unmatched arguments"): each key needed its own option. Several keys may now follow one option.
 */
class LookupSeveralKeysTest {
    private static final String APPLE = "037833100";
    private static final String MICROSOFT = "594918104";

    @TempDir
    Path dir;
    private Path master;

    @BeforeEach
    void master() throws Exception {
        master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n" + APPLE + ",US0378331005,AAPL\n"
                + MICROSOFT + ",US5949181045,MSFT\n38259P508,US38259P5089,json\n");
    }

    @Test
    void severalKeysFollowOneOptionAndComeInTheOrderGiven() throws Exception {
        CliRun r = CliRun.of("lookup", master.toString(), "--cusip", MICROSOFT, APPLE, "--symbol", "json", "--isin",
                "US0378331005", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(keys(r.json())).containsExactly("cusip:" + MICROSOFT, "cusip:" + APPLE, "symbol:json", "isin:US0378331005");
    }

    @Test
    void theFileMayComeAfterTheKeys() throws Exception {
        CliRun r = CliRun.of("lookup", "--cusip", APPLE, MICROSOFT, master.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(keys(r.json())).containsExactly("cusip:" + APPLE, "cusip:" + MICROSOFT);
        CliRun one = CliRun.of("lookup", "--cusip", APPLE, master.toString(), "--json");
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(keys(one.json())).containsExactly("cusip:" + APPLE);
    }

    @Test
    void aKeyNotFoundAmongSeveralIsExitOneAndNamed() throws Exception {
        CliRun r = CliRun.of("lookup", master.toString(), "--cusip", APPLE, "459200101", "--json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(keys(r.json())).containsExactly("cusip:" + APPLE);
        assertThat(r.err()).contains("lookup: no record for cusip 459200101");
    }

    @Test
    void anOptionWithoutAKeyIsAUsageError() {
        CliRun none = CliRun.of("lookup", master.toString(), "--cusip");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("Missing required parameter for option '--cusip' (KEY)").doesNotContain("\tat ");
        CliRun option = CliRun.of("lookup", master.toString(), "--cusip", "--isin", "US0378331005");
        assertThat(option.code()).isEqualTo(2);
        assertThat(option.err()).contains("Expected parameter for option '--cusip' but found '--isin'");
    }

    @Test
    void aMissingFileAfterTheKeysIsNamed() {
        CliRun r = CliRun.of("lookup", "--cusip", APPLE, MICROSOFT, dir.resolve("typo.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("typo.csv").contains("no such file");
    }

    private static List<String> keys(JsonNode records) {
        List<String> keys = new ArrayList<>();
        records.forEach(record -> keys.add(record.get("_key").asText()));
        return keys;
    }
}
