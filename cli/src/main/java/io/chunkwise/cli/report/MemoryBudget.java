package io.chunkwise.cli.report;

import io.chunkwise.cli.ByteSize;
import io.chunkwise.cli.UserError;

/** The {@code --memory-budget} check shared by {@code plan}, {@code tune} and {@code report}: made before any work. */
final class MemoryBudget {
    private MemoryBudget() {
    }

    /**
     * @param budget the option's value, or null when not given
     * @throws UserError (exit 2) when the budget is 0 bytes: nothing could fit it, so it is a mistake, not a finding
     */
    static void require(ByteSize budget) {
        if (budget != null && budget.bytes() <= 0) {
            throw new UserError("--memory-budget must be more than 0 bytes");
        }
    }
}
