package io.chunkwise.loader.id;

import java.lang.reflect.Method;

/**
 * Bytes allocated by the current thread, from HotSpot's thread MXBean. Reached reflectively: the
 * tests compile inside loader-core's module, which (JDK only, no management) does not read
 * {@code java.management}; they run on the class path, where the bean is accessible.
 */
final class Allocation {
    private Allocation() {
    }

    static long threadAllocatedBytes() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory")
                    .getMethod("getThreadMXBean").invoke(null);
            Method allocated = Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes");
            return (long) allocated.invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no thread allocation counter on this JVM", e);
        }
    }
}
