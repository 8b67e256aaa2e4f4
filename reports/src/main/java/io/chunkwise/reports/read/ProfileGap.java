package io.chunkwise.reports.read;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of a profiled run that a report uses and the run's directory lacks: the report is made
 * without what that file holds, and says so, rather than leave it out silently.
 *
 * @param profile the profile as the user gave it: its directory or its summary.json
 * @param file the missing file's name, e.g. {@code memory.csv}
 * @param leftOut what the report leaves out for want of it, e.g. {@code its memory over time is not charted}
 * @param message the whole sentence: the profile, the file it lacks and what is left out
 */
public record ProfileGap(Path profile, String file, String leftOut, String message) {
    /** Checks the fields. */
    public ProfileGap {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(leftOut, "leftOut");
        Objects.requireNonNull(message, "message");
    }

    /**
     * @param profile the profile as given
     * @param file the missing file's name
     * @param beside whether the profile was given as its summary.json (the file is missing beside
     *     it) rather than as its directory (missing in it)
     * @param leftOut what the report leaves out
     * @return the gap
     */
    static ProfileGap missing(Path profile, String file, boolean beside, String leftOut) {
        return new ProfileGap(profile, file, leftOut, profile + ": no " + file + (beside ? " beside it" : " in it") + ", so "
                + leftOut);
    }
}
