package io.chunkwise.cli.report;

import io.chunkwise.cli.ByteSize;
import io.chunkwise.cli.UserError;

/**
 * The check of a size option that must be more than 0 bytes ({@code --memory-budget} of {@code plan}, {@code tune}
 * and {@code report}, {@code --target-size} of {@code plan} and {@code report}): made before any work, naming the option.
 */
final class PositiveSize {
    private PositiveSize() {
    }

    /**
     * @param size the option's value, or null when not given
     * @param option the option's name, e.g. {@code --memory-budget}
     * @throws UserError (exit 2) when the size is 0 bytes or less: nothing could fit a budget of 0, and a plan for
     *     nothing is a mistake, not a finding
     */
    static void require(ByteSize size, String option) {
        if (size != null && size.bytes() <= 0) {
            throw new UserError(option + " must be more than 0 bytes");
        }
    }
}
