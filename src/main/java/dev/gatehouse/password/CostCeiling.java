package dev.gatehouse.password;

import java.util.Arrays;
import java.util.Optional;

/**
 * One cost parameter read from a stored hash and its ceiling from {@code gatehouse.password.limits};
 * {@code parameter} names it as an operator reads it, e.g. {@code "argon2 memory m=1048576 KiB"}.
 */
record CostCeiling(String parameter, long value, long limit) {

    /** The first parameter past its ceiling, e.g. "argon2 memory m=1048576 KiB exceeds the limit 262144"; empty when none is. */
    static Optional<String> firstExceeded(CostCeiling... ceilings) {
        return Arrays.stream(ceilings).filter(c -> c.value > c.limit)
                .map(c -> c.parameter + " exceeds the limit " + c.limit).findFirst();
    }

    /**
     * Fails at boot when the configured cost of new hashes is past its own ceiling: every new hash
     * would otherwise be refused at the next login.
     *
     * @throws IllegalStateException naming the parameter
     */
    static void requireWithin(String configKey, Optional<String> exceeded) {
        exceeded.ifPresent(message -> {
            throw new IllegalStateException(configKey + ": the configured cost of new hashes is past gatehouse.password.limits ("
                    + message + ")");
        });
    }
}
