package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quickfix.ConfigError;
import quickfix.DataDictionary;
import quickfix.FieldType;

/**
 * The data fields read by their length: every pair of the FIX versions, as QuickFIX/J's own
 * dictionaries define them (an independent list), and a value of each that holds what would
 * otherwise be read as fields or as a message start.
 */
class DataFieldsTest {
    @ParameterizedTest
    @ValueSource(strings = {"FIX40.xml", "FIX41.xml", "FIX42.xml", "FIX43.xml", "FIX44.xml", "FIX50.xml", "FIX50SP1.xml",
        "FIX50SP2.xml", "FIXT11.xml"})
    void everyDataFieldOfTheDictionaryIsReadByItsLength(String version) throws ConfigError {
        DataDictionary dictionary = new DataDictionary(version);
        Set<Integer> read = new HashSet<>();
        for (int length : dictionary.getOrderedFields()) {
            // RawDataLength → RawData (an INT before FIX 4.3), SecurityXMLLen → SecurityXML (an XMLDATA field,
            // a type QuickFIX/J does not name)
            String name = dictionary.getFieldName(length);
            String data = name.replaceFirst("(Len|Length)$", "");
            int dataTag = dictionary.getFieldTag(data);
            if (!data.equals(name) && dictionary.isField(dataTag) && (dictionary.getFieldType(length) == FieldType.LENGTH
                    || dictionary.getFieldType(dataTag) == FieldType.DATA)) {
                assertThat(DataFields.dataTagFor(length)).as("%s: %s %d → %s", version, name, length, data)
                        .isEqualTo(dictionary.getFieldTag(data));
                read.add(dictionary.getFieldTag(data));
            }
        }
        for (int tag : dictionary.getOrderedFields()) {
            if (dictionary.getFieldType(tag) == FieldType.DATA) {
                assertThat(read).as("%s: %s has a length field", version, dictionary.getFieldName(tag)).contains(tag);
            }
        }
        assertThat(read).as(version).contains(96);
    }

    @ParameterizedTest
    @ValueSource(ints = {95, 1184, 1277, 1280, 1282, 1397, 1401, 1403, 1468})
    void aDataValueHoldingFieldsOrAMessageStartIsData(int length) {
        int data = DataFields.dataTagFor(length);
        // delimiters, a 55 of its own, and a line that starts like a message (the length counts the line feed)
        String value = "a|55=EVIL|b\n8=FIX.4.4|9=5|35=0|";
        String body = "35=D|34=1|" + length + "=" + value.length() + "|" + data + "=" + value + "|55=AAPL|";
        String message = Logs.message("FIXT.1.1", Logs.soh(body), Logs.SOH);
        List<Recorder.Event> events = Recorder.serial(Logs.segment(message + "\n" + message));
        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.what()).startsWith("msg ").contains("55=AAPL "));
    }
}
