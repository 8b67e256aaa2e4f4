package io.chunkwise.profiler;

/** A child JVM that burns CPU for a while, for cpu profiling. */
public final class SpinWorkload {
    private SpinWorkload() {
    }

    /**
     * @param args ms to spin
     */
    public static void main(String[] args) {
        long end = System.nanoTime() + Long.parseLong(args[0]) * 1_000_000L;
        long x = 1;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 10_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
        }
        System.out.println(x == 42 ? "unlikely" : "spun");
    }
}
