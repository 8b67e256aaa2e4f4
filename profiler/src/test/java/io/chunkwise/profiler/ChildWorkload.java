package io.chunkwise.profiler;

import java.nio.ByteBuffer;

/**
 * A child JVM with known allocations: waits until the profiler has attached (its JMX connector
 * threads appear, at most 30 s), allocates a direct buffer, holds it, exits with a code.
 */
public final class ChildWorkload {
    private ChildWorkload() {
    }

    /**
     * @param args exit code, MiB of direct memory, ms to hold it
     * @throws InterruptedException never
     */
    public static void main(String[] args) throws InterruptedException {
        int exit = Integer.parseInt(args[0]);
        int mib = Integer.parseInt(args[1]);
        long holdMs = Long.parseLong(args[2]);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!attached() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(500); // the profiler builds its bean proxies after connecting
        ByteBuffer buffer = ByteBuffer.allocateDirect(mib * 1024 * 1024);
        Thread.sleep(holdMs);
        System.out.println("child done " + buffer.capacity());
        System.exit(exit);
    }

    private static boolean attached() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("RMI TCP Connection"));
    }
}
