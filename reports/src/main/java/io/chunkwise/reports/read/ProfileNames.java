package io.chunkwise.reports.read;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names profiled runs for table rows and chart titles: by their directory's name, or, when two
 * directories share it ({@code run1/prof}, {@code run2/prof}, a natural CI layout), by the
 * shortest end of their paths that tells them apart.
 */
final class ProfileNames {
    private ProfileNames() {
    }

    /**
     * @param dirs profiler output directories, distinct
     * @return each directory's name, keyed by the directory as given
     */
    static Map<Path, String> of(List<Path> dirs) {
        Map<Path, String> names = new LinkedHashMap<>();
        for (Path dir : dirs) {
            Path abs = dir.toAbsolutePath().normalize();
            int n = abs.getNameCount();
            int k = 1;
            while (k <= n && clashes(abs, k, dirs)) {
                k++;
            }
            // the whole path when even that is the end of another's (/x/prof beside /y/x/prof)
            names.put(dir, k > n ? abs.toString() : name(abs, k));
        }
        return names;
    }

    /** @return whether another directory's path ends in the same {@code k} names as {@code abs} */
    private static boolean clashes(Path abs, int k, List<Path> dirs) {
        String own = name(abs, k);
        for (Path other : dirs) {
            Path o = other.toAbsolutePath().normalize();
            if (!o.equals(abs) && o.getNameCount() >= k && name(o, k).equals(own)) {
                return true;
            }
        }
        return false;
    }

    /** @return the last {@code k} names of the path, e.g. {@code run1/prof} */
    private static String name(Path abs, int k) {
        return abs.subpath(abs.getNameCount() - k, abs.getNameCount()).toString();
    }
}
