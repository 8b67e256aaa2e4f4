package io.chunkwise.cli.report;

import io.chunkwise.cli.ByteSize;
import io.chunkwise.cli.UserError;

/** The {@code --target-size} check shared by {@code plan} and {@code report}: made before any work, naming the option. */
final class TargetSize {
    private TargetSize() {
    }

    /**
     * @param target the option's value, or null when not given
     * @throws UserError (exit 2) when the target is 0 bytes or less: a plan for nothing is a mistake
     */
    static void require(ByteSize target) {
        if (target != null && target.bytes() <= 0) {
            throw new UserError("--target-size must be more than 0 bytes");
        }
    }
}
