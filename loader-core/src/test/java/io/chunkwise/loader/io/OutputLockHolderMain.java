package io.chunkwise.loader.io;

import java.nio.file.Path;

/** Holds the {@link OutputLock} of the output named by its argument until its standard input ends. */
public final class OutputLockHolderMain {
    private OutputLockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        try (OutputLock _ = OutputLock.acquire(Path.of(args[0]), holder -> { })) {
            System.out.println("locked");
            System.out.flush();
            System.in.readAllBytes();
        }
    }
}
