package io.chunkwise.dataset.bars;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every bar and reject of a file, read with a layout through the public reader, for tests.
 *
 * @param times the accepted bars' times
 * @param opens their opens
 * @param closes their closes
 * @param volumes their volumes (NaN without a volume column)
 * @param rejects the rejected rows
 * @param columns the reader's description of the columns
 * @param notice its header notice, or null
 * @param headerless whether it read the file as having no header
 */
record BarsReading(List<Long> times, List<Double> opens, List<Double> closes, List<Double> volumes,
        List<BarReject> rejects, String columns, String notice, boolean headerless) {

    static BarsReading of(Path file, BarsLayout layout) {
        List<Long> times = new ArrayList<>();
        List<Double> opens = new ArrayList<>();
        List<Double> closes = new ArrayList<>();
        List<Double> volumes = new ArrayList<>();
        List<BarReject> rejects = new ArrayList<>();
        BarChunk c = new BarChunk(3);
        try (BarsCsvReader reader = new BarsCsvReader(file, layout, rejects::add)) {
            while (reader.read(c)) {
                for (int i = 0; i < c.size(); i++) {
                    times.add(c.time()[i]);
                    opens.add(c.open()[i]);
                    closes.add(c.close()[i]);
                    volumes.add(c.volume()[i]);
                }
            }
            return new BarsReading(times, opens, closes, volumes, rejects, reader.columns(), reader.headerNotice(),
                    reader.headerless());
        }
    }
}
