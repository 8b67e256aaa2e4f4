package io.chunkwise.cli.fix;

import io.chunkwise.cli.Counted;
import io.chunkwise.cli.Decimals;
import java.nio.file.Path;

/**
 * How {@code fixscan} and {@code reconcile} say the messages quoted in QuickFIX/J event lines
 * ({@link io.chunkwise.loader.fix.ScanSummary#quoted()}): copies, counted apart, so a user who fed
 * the event log with the messages log sees why the counts are not their sum.
 */
final class QuotedMessages {
    private QuotedMessages() {
    }

    /**
     * @param quoted messages quoted in event lines
     * @return the summary's line, e.g. {@code 3 messages quoted in event lines were not counted again}
     */
    static String summaryLine(long quoted) {
        return Decimals.grouped(quoted) + (quoted == 1 ? " message quoted in an event line was" : " messages quoted in event lines were")
                + " not counted again";
    }

    /**
     * @param command the command's name
     * @param fix the log
     * @param quoted messages quoted in event lines, more than 0
     * @return the notice for a log whose only messages are such quotes
     */
    static String onlyQuotesNotice(String command, Path fix, long quoted) {
        return command + ": " + fix + " holds no FIX message of its own: " + Counted.of(quoted, "message")
                + (quoted == 1 ? " is quoted in an event line" : " are quoted in event lines")
                + " (a QuickFIX/J event log, FileLog's *.event.log); give its messages log (*.messages.log)";
    }
}
