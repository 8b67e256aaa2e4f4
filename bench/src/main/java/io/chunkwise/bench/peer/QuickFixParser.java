package io.chunkwise.bench.peer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import quickfix.ConfigError;
import quickfix.DataDictionary;
import quickfix.InvalidMessage;
import quickfix.Message;

/**
 * QuickFIX/J parsing a log of one SOH-delimited message per line, the way its users do: read a
 * line as a String, build a {@link Message}. Without a dictionary and without validation (the
 * fastest it goes), or with the FIX 4.4 dictionary (repeating groups parsed) and validation of
 * BodyLength and CheckSum — what our scanner always does.
 */
public final class QuickFixParser {
    private final DataDictionary dictionary;

    private QuickFixParser(DataDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** @return a parser without dictionary and without validation */
    public static QuickFixParser plain() {
        return new QuickFixParser(null);
    }

    /**
     * A parser with QuickFIX/J's bundled FIX 4.4 dictionary, validating.
     *
     * @return the parser
     * @throws ConfigError when the dictionary cannot be loaded
     */
    public static QuickFixParser fix44() throws ConfigError {
        return new QuickFixParser(new DataDictionary("FIX44.xml"));
    }

    /**
     * Parses every line holding a message.
     *
     * @param log the log
     * @return messages parsed and a sum over their MsgSeqNum, so the parse is not dead
     * @throws IOException when the log cannot be read
     * @throws InvalidMessage when QuickFIX/J rejects a message (our generated logs hold none)
     */
    public Result parse(Path log) throws IOException, InvalidMessage {
        long messages = 0;
        long sum = 0;
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.ISO_8859_1)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int start = line.indexOf("8=FIX");
                if (start < 0) {
                    continue;
                }
                String text = start == 0 ? line : line.substring(start);
                Message m = dictionary == null ? new Message(text, false) : new Message(text, dictionary, true);
                messages++;
                sum += m.getHeader().getString(34).length();
            }
        } catch (quickfix.FieldNotFound e) {
            throw new InvalidMessage("message without MsgSeqNum (34): " + e.getMessage());
        }
        return new Result(messages, sum);
    }

    /**
     * What a parse found.
     *
     * @param messages messages parsed
     * @param sum a value derived from every message
     */
    public record Result(long messages, long sum) {
    }
}
