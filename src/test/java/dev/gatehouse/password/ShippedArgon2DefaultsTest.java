package dev.gatehouse.password;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;

/**
 * The suite hashes with cheap argon2id parameters (the test profile), so this holds the shipped ones to
 * OWASP's recommendation: m=19 MiB, t=2, p=1.
 */
class ShippedArgon2DefaultsTest {

    @Test
    void newHashesOutsideTheTestsAreArgon2idWithOwaspParameters() throws NoSuchMethodException {
        assertEquals("argon2", shipped(PasswordConfig.class, "algorithm"));
        assertEquals("19456", shipped(PasswordConfig.Argon2.class, "memoryKib"));
        assertEquals("2", shipped(PasswordConfig.Argon2.class, "iterations"));
        assertEquals("1", shipped(PasswordConfig.Argon2.class, "parallelism"));
    }

    private static String shipped(Class<?> mapping, String key) throws NoSuchMethodException {
        return mapping.getMethod(key).getAnnotation(WithDefault.class).value();
    }
}
