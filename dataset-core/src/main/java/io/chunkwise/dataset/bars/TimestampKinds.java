package io.chunkwise.dataset.bars;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a bars file's timestamps were read into UTC: as local times on the layout's clock, with the
 * offset (or zone) each one carries, or as epoch numbers. A summary that said "local times in UTC"
 * of a file whose every timestamp carried its own offset would leave its reader wondering whether
 * the offsets were dropped.
 *
 * @param local timestamps without an offset, read on the layout's clock
 * @param offset timestamps with their own offset ({@code +02:00}, {@code Z}) or zone ({@code [Europe/London]})
 * @param epoch epoch numbers (instants already)
 * @param epochUnit the epoch numbers' unit ({@code seconds}, {@code milliseconds}, …); null without any
 */
public record TimestampKinds(long local, long offset, long epoch, String epochUnit) {
    /**
     * @param clock the layout's clock, as its summary names it ({@code UTC}, {@code America/New_York+07:00})
     * @return what was read, each kind that was ({@code offsets given in the file, converted to UTC};
     *     {@code local times in UTC; offsets given in the file, converted to UTC} when mixed); local
     *     times when none was read at all
     */
    public String describe(String clock) {
        List<String> kinds = new ArrayList<>();
        if (local > 0 || offset == 0 && epoch == 0) {
            kinds.add("local times in " + clock);
        }
        if (offset > 0) {
            kinds.add("offsets given in the file, converted to UTC");
        }
        if (epoch > 0) {
            kinds.add(String.format(Locale.ROOT, "epoch %s (instants)", epochUnit));
        }
        return String.join("; ", kinds);
    }
}
