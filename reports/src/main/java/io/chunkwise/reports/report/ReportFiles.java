package io.chunkwise.reports.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's two documents, {@value #MARKDOWN} and {@value #HTML}: how a report marks them as its own,
 * how a run tells them from a user's files of the same names (which it must not replace), and how
 * they are written whole or not at all.
 *
 * <p>The mark is in the file itself, not in a record beside it: a file and its mark are renamed into
 * place together, so no interruption can leave a report's file unrecognised, or a record naming a
 * file the user has since written over.
 */
public final class ReportFiles {
    /** The Markdown document's name. */
    public static final String MARKDOWN = "report.md";
    /** The HTML document's name. */
    public static final String HTML = "report.html";
    /** The line that marks a document as a report's: report.md's first, report.html's after its doctype. */
    public static final String MARK = "<!-- written by chunkwise report; run again, it replaces this file -->";

    /**
     * The head every report.html had before reports were marked: it counts as a report's, and so does
     * the report.md beside it (the two were always written together).
     */
    private static final String OLDER_HEAD = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
    private static final String OLDER_STYLE = "</title>\n<style>\nbody { font-family: system-ui, sans-serif; margin: 2em auto; "
            + "max-width: 1100px; color: #222; }\n";
    /** Enough of a file to find the mark, or an older report's head with a long title. */
    private static final int HEAD_BYTES = 64 * 1024;
    private static final String DOCTYPE = "<!DOCTYPE html>\n";

    private ReportFiles() {
    }

    /**
     * @param markdown a report's Markdown document
     * @return it, marked as a report's
     */
    static String markMarkdown(String markdown) {
        return MARK + "\n" + markdown;
    }

    /**
     * @param html a report's HTML document, starting with its doctype
     * @return it, marked as a report's on the line after the doctype (where a comment keeps the page in standards mode)
     */
    static String markHtml(String html) {
        if (!html.startsWith(DOCTYPE)) {
            throw new IllegalStateException("a report's HTML starts with its doctype");
        }
        return DOCTYPE + MARK + "\n" + html.substring(DOCTYPE.length());
    }

    /**
     * @param dir a directory a report is to be written into
     * @return the names of the report files in it that no report wrote (a user's own report.md), which
     *     a report would replace; empty when there are none, or no directory
     */
    public static List<String> notReports(Path dir) {
        List<String> foreign = new ArrayList<>();
        Path md = dir.resolve(MARKDOWN);
        Path html = dir.resolve(HTML);
        boolean hasHtml = Files.exists(html, LinkOption.NOFOLLOW_LINKS);
        String htmlHead = hasHtml ? head(html) : null;
        boolean olderReport = htmlHead != null && htmlHead.startsWith(OLDER_HEAD) && htmlHead.contains(OLDER_STYLE);
        if (Files.exists(md, LinkOption.NOFOLLOW_LINKS) && !olderReport && !marked(head(md))) {
            foreign.add(MARKDOWN);
        }
        if (hasHtml && !olderReport && !marked(htmlHead)) {
            foreign.add(HTML);
        }
        return foreign;
    }

    /** @return whether the mark is one of the first two lines (report.html's first is its doctype) */
    private static boolean marked(String head) {
        if (head == null) {
            return false;
        }
        List<String> lines = head.lines().limit(2).toList();
        return lines.contains(MARK);
    }

    /**
     * @return the start of a regular file as text, or null when it is no regular file or cannot be read:
     *     not known to be a report's, so left alone
     */
    private static String head(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
