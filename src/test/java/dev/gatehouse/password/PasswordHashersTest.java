package dev.gatehouse.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordHashersTest {

    private final TestPasswordConfig cheap = TestPasswordConfig.cheap();
    private final PasswordHashers hashers = PasswordHashers.standard(cheap);

    @Test
    void encodeWhenDefaultConfigThenArgon2idWithOwaspParameters() {
        String encoded = PasswordHashers.standard(TestPasswordConfig.defaults()).encode("correct horse");
        assertTrue(encoded.startsWith("argon2$argon2id$v=19$m=19456,t=2,p=1$"), encoded);
        // 22-char Django salt (30 base64 chars) and a 32-byte hash (43 base64 chars)
        String[] fields = encoded.split("\\$");
        assertEquals(30, fields[4].length());
        assertEquals(43, fields[5].length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"argon2", "pbkdf2_sha256", "pbkdf2_sha1", "bcrypt_sha256", "bcrypt", "scrypt"})
    void verifyWhenEachAlgorithmIsDefaultThenRoundTripsAndRejectsWrongPassword(String algorithm) {
        PasswordHashers registry = PasswordHashers.standard(cheap.withAlgorithm(algorithm));
        String encoded = registry.encode("lètmein 🔑");
        assertTrue(encoded.startsWith(algorithm + "$"), encoded);
        assertTrue(registry.verify("lètmein 🔑", encoded));
        assertFalse(registry.verify("letmein 🔑", encoded));
        assertFalse(registry.mustUpdate(encoded));
        assertTrue(hashers.verify("lètmein 🔑", encoded), "any registry verifies any known format");
    }

    @Test
    void encodeWhenSamePasswordTwiceThenSaltsDiffer() {
        assertFalse(hashers.encode("same password").equals(hashers.encode("same password")));
    }

    @Test
    void verifyWhenUnusableThenFalseAndDefaultHasherStillRuns() {
        Counting counting = new Counting();
        PasswordHashers registry = new PasswordHashers(List.of(counting), cheap.withAlgorithm("counting"));
        assertFalse(registry.verify("anything", PasswordHashers.unusable()));
        assertFalse(registry.verify("anything", null));
        assertFalse(registry.verify("anything", "md5$salt$abc"));
        assertFalse(registry.verify("anything", "no dollar at all"));
        assertEquals(4, counting.encodes.get(), "each miss costs one default hash (Django CVE-2024-39329)");
    }

    @Test
    void verifyWhenPasswordLongerThanMaxLengthThenFalseAfterOneThrowawayHashNeverOfTheInput() {
        Counting counting = new Counting();
        PasswordHashers registry = new PasswordHashers(List.of(counting), cheap.withAlgorithm("counting"));
        String huge = "a".repeat(1_000_000);
        assertFalse(registry.verify(huge, "counting$" + huge));
        assertFalse(registry.verify(huge, null));
        // one bounded hash each, so a known user's over-long password costs what an unknown user's does
        assertEquals(0, counting.verifies.get());
        assertEquals(2, counting.encodes.get());
        assertTrue(counting.seen.stream().allMatch(p -> p.length() <= cheap.maxLength()));
    }

    @Test
    void verifyWhenPasswordExactlyMaxLengthThenChecked() {
        String longest = "p".repeat(cheap.maxLength());
        assertTrue(hashers.verify(longest, hashers.encode(longest)));
        assertThrows(IllegalArgumentException.class, () -> hashers.encode(longest + "p"));
        assertThrows(IllegalArgumentException.class, () -> hashers.encode(null));
    }

    @Test
    void runDefaultHasherWhenUnknownUserThenHashesOnce() {
        Counting counting = new Counting();
        PasswordHashers registry = new PasswordHashers(List.of(counting), cheap.withAlgorithm("counting"));
        registry.runDefaultHasher("guess");
        registry.runDefaultHasher(null);
        registry.runDefaultHasher("x".repeat(1_000_000));
        assertEquals(3, counting.encodes.get());
        assertEquals(List.of("guess", "gatehouse-timing-parity", "gatehouse-timing-parity"), counting.seen);
    }

    @Test
    void unusableWhenMadeThenBangAnd40AlphanumericsAndNeverUsable() {
        String unusable = PasswordHashers.unusable();
        assertTrue(unusable.matches("![A-Za-z0-9]{40}"), unusable);
        assertFalse(unusable.equals(PasswordHashers.unusable()));
        assertFalse(PasswordHashers.isUsable(unusable));
        assertFalse(PasswordHashers.isUsable(null));
        assertTrue(PasswordHashers.isUsable(hashers.encode("x")));
        assertFalse(hashers.mustUpdate(unusable));
    }

    @Test
    void mustUpdateWhenAlgorithmDiffersFromDefaultThenTrue() {
        String pbkdf2 = new Pbkdf2Sha256Hasher(cheap).encode("pw");
        assertTrue(hashers.mustUpdate(pbkdf2));
        assertFalse(PasswordHashers.standard(cheap.withAlgorithm("pbkdf2_sha256")).mustUpdate(pbkdf2));
    }

    @Test
    void mustUpdateWhenArgon2ParametersDifferThenTrue() {
        String encoded = hashers.encode("pw");
        assertFalse(hashers.mustUpdate(encoded));
        assertTrue(PasswordHashers.standard(cheap.withArgon2(512, 1, 1)).mustUpdate(encoded));
        assertTrue(PasswordHashers.standard(cheap.withArgon2(256, 2, 1)).mustUpdate(encoded));
        assertTrue(PasswordHashers.standard(cheap.withArgon2(256, 1, 2)).mustUpdate(encoded));
    }

    @Test
    void mustUpdateWhenArgon2iOrShortHashOrShortSaltThenTrue() {
        Argon2Hasher.Spec argon2i = new Argon2Hasher.Spec("argon2i", 19, 256, 1, 1, 32);
        byte[] salt = "Wn4d8rXyQ2vTzL0pKs7aBc".getBytes();
        String encoded = argon2i.format(salt, argon2i.hash("pw", salt));
        assertTrue(hashers.verify("pw", encoded));
        assertTrue(hashers.mustUpdate(encoded));
        Argon2Hasher hasher = new Argon2Hasher(cheap);
        assertTrue(hasher.mustUpdate(hasher.encode("pw", "Wn4d8rXyQ2vTzL0pKs7aBc", 16)), "Django 3.2 era 16-byte hash");
        assertTrue(hasher.mustUpdate(hasher.encode("pw", "seasalt", 32)), "salt under 128 bits");
    }

    @Test
    void mustUpdateWhenPbkdf2IterationsOrSaltOutdatedThenTrue() {
        Pbkdf2Sha256Hasher hasher = new Pbkdf2Sha256Hasher(cheap);
        assertFalse(hasher.mustUpdate(hasher.encode("pw")));
        assertTrue(hasher.mustUpdate(hasher.encode("pw", "Wn4d8rXyQ2vTzL0pKs7aBc", 999)));
        assertTrue(hasher.mustUpdate(hasher.encode("pw", "seasalt", 1000)));
    }

    @Test
    void mustUpdateWhenBcryptRoundsOrScryptParametersDifferThenTrue() {
        assertTrue(new BcryptSha256Hasher(cheap.withBcrypt(5)).mustUpdate(new BcryptSha256Hasher(cheap).encode("pw")));
        assertFalse(new BcryptSha256Hasher(cheap).mustUpdate(new BcryptSha256Hasher(cheap).encode("pw")));
        ScryptHasher scrypt = new ScryptHasher(cheap);
        assertFalse(scrypt.mustUpdate(scrypt.encode("pw")));
        assertTrue(new ScryptHasher(cheap.withScrypt(2048, 8, 1)).mustUpdate(scrypt.encode("pw")));
        assertTrue(new ScryptHasher(cheap.withScrypt(1024, 4, 1)).mustUpdate(scrypt.encode("pw")));
        assertTrue(new ScryptHasher(cheap.withScrypt(1024, 8, 2)).mustUpdate(scrypt.encode("pw")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"argon2$", "argon2$argon2id$v=19$m=x,t=1,p=1$c2FsdA$aGFzaA", "argon2$argon2id$v=19$m=99999999,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
        "pbkdf2_sha256$abc$salt$hash", "pbkdf2_sha256$1000$$hash", "bcrypt_sha256$$2b$04$short", "bcrypt$$2b$99$aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "scrypt$1000$salt$8$1$aGFzaA==", "scrypt$16384$salt$8", "argon2$argon2id$v=19$m=256,t=1,p=1$!!$??",
        // numbers that overflow an int (NumberFormatException), negative or zero costs, argon2's m >= 8p rule
        "argon2$argon2id$v=19$m=99999999999,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", "argon2$argon2id$v=99999999999$m=256,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
        "argon2$argon2id$v=19$m=-1,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", "argon2$argon2id$v=19$m=256,t=0,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
        "argon2$argon2id$v=19$m=7,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", "argon2$argon2id$v=17$m=256,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
        "pbkdf2_sha256$-5$salt$hash", "pbkdf2_sha256$99999999999$salt$hash", "pbkdf2_sha1$0$salt$hash",
        "scrypt$-16384$salt$8$1$aGFzaA==", "scrypt$16384$salt$99999999999$1$aGFzaA==", "scrypt$16384$salt$0$1$aGFzaA==",
        "bcrypt$$2b$03$aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bcrypt$$2x$12$aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        // garbled base64 in salt or hash, a salt shorter than argon2 accepts, a hash cut short
        "argon2$argon2id$v=19$m=256,t=1,p=1$c2FsdHNhbHQ$aGFza%%%", "argon2$argon2id$v=19$m=256,t=1,p=1$c2E$aGFzaGhhc2g",
        "argon2$argon2id$v=19$m=256,t=1,p=1$c2FsdHNhbHQ$aGE", "argon2$argon2id$v=19$m=256,t=1,p=1$c2FsdHNhbHQ", "argon2$argon2x$v=19$m=256,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"})
    void verifyWhenHashMalformedThenFalseNotException(String encoded) {
        assertFalse(hashers.verify("pw", encoded));
        assertFalse(hashers.mustUpdate(encoded) && hashers.verify("pw", encoded));
        for (PasswordHasher hasher : realHashers(cheap)) {
            assertFalse(hasher.verify("pw", encoded), hasher.algorithm() + " verified " + encoded);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"argon2$argon2id$v=19$m=x,t=1,p=1$c2FsdA$aGFzaA", "argon2$argon2id$v=19$m=99999999999,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
        "argon2$argon2id$v=19$m=7,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", "pbkdf2_sha256$99999999999$salt$hash", "pbkdf2_sha256$1000$$hash",
        "scrypt$1000$salt$8$1$aGFzaA==", "bcrypt$$2b$03$aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bcrypt_sha256$$2b$04$short"})
    void problemWhenHashMalformedThenSaysSoWithoutQuotingIt(String encoded) {
        String problem = hashers.problem(encoded).orElseThrow();
        assertTrue(problem.startsWith("is not a") && !problem.contains(encoded.substring(encoded.indexOf('$'))), problem);
    }

    @Test
    void problemWhenStoredCostsPastTheLimitsThenNamesTheParameter() {
        HostileHashes.ALL.forEach((hash, refusal) -> assertEquals(Optional.of(refusal), hashers.problem(hash), hash));
    }

    @Test
    void problemWhenHashAcceptableOrUnusableThenNone() {
        for (PasswordHasher hasher : realHashers(cheap)) {
            String encoded = hasher.encode("pw");
            assertEquals(Optional.empty(), hasher.problem(encoded), encoded);
            assertEquals(Optional.empty(), hashers.problem(encoded), encoded);
        }
        assertEquals(Optional.empty(), hashers.problem(PasswordHashers.unusable()));
        assertEquals(Optional.of("is not a password hash format Gatehouse knows"), hashers.problem("md5$salt$abc"));
        assertEquals(Optional.of("is missing"), hashers.problem(null));
    }

    @Test
    void verifyWhenStoredCostsPastTheLimitsThenFalseWithoutRunningThemAtTheCostOfOneDefaultHash() {
        Counting counting = new Counting();
        List<PasswordHasher> all = new ArrayList<>(realHashers(cheap));
        all.add(counting);
        PasswordHashers registry = new PasswordHashers(all, cheap.withAlgorithm("counting"));
        // run, any of these takes a gibibyte or minutes; refused, each costs one default hash like a wrong password
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> HostileHashes.ALL.keySet().forEach(hash -> {
            assertFalse(registry.verify("pw", hash), hash);
            realHashers(cheap).forEach(hasher -> assertFalse(hasher.verify("pw", hash), hasher.algorithm() + " ran " + hash));
        }));
        assertEquals(HostileHashes.ALL.size(), counting.encodes.get());
        assertEquals(0, counting.verifies.get());
    }

    @Test
    void verifyWhenHasherThrowsThenFalseAndDefaultHasherStillRuns() {
        Counting counting = new Counting();
        PasswordHasher throwing = new Counting() {
            @Override
            public String algorithm() {
                return "throwing";
            }

            @Override
            public boolean verify(String rawPassword, String encoded) {
                throw new IllegalStateException("a library refusing " + encoded);
            }
        };
        PasswordHashers registry = new PasswordHashers(List.of(counting, throwing), cheap.withAlgorithm("counting"));
        assertFalse(registry.verify("pw", "throwing$anything"));
        assertEquals(1, counting.encodes.get());
    }

    @Test
    void limitsWhenConfiguredThenTheyDecideAndNewHashesMustFitThemAtBoot() {
        PasswordHashers tight = PasswordHashers.standard(cheap.withAlgorithm("pbkdf2_sha256")
                .withLimits(TestPasswordConfig.TestLimits.DEFAULTS.withPbkdf2Iterations(1000)));
        Pbkdf2Sha256Hasher pbkdf2 = new Pbkdf2Sha256Hasher(cheap);
        assertTrue(tight.verify("pw", pbkdf2.encode("pw", "Wn4d8rXyQ2vTzL0pKs7aBc", 1000)));
        String over = pbkdf2.encode("pw", "Wn4d8rXyQ2vTzL0pKs7aBc", 1001);
        assertEquals(Optional.of("pbkdf2_sha256 iterations 1001 exceeds the limit 1000"), tight.problem(over));
        assertFalse(tight.verify("pw", over));
        IllegalStateException boot = assertThrows(IllegalStateException.class, () -> new Pbkdf2Sha256Hasher(
                cheap.withLimits(TestPasswordConfig.TestLimits.DEFAULTS.withPbkdf2Iterations(999))));
        assertTrue(boot.getMessage().contains("gatehouse.password.pbkdf2.iterations"), boot.getMessage());
    }

    @Test
    void verifyWhenStoredHashRefusedThenLoggedOnceByParameterNeverWithTheHash() {
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                messages.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(PasswordHashers.class.getName());
        logger.addHandler(capture);
        try {
            for (int i = 0; i < 3; i++) {
                hashers.verify("pw", HostileHashes.ARGON2_MEMORY);
            }
            hashers.verify("pw", HostileHashes.BCRYPT_COST);
        } finally {
            logger.removeHandler(capture);
        }
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("argon2 memory m=1048576 KiB exceeds the limit 262144"), messages.get(0));
        assertTrue(messages.get(1).contains("bcrypt cost 31"), messages.get(1));
        messages.forEach(m -> assertFalse(m.contains("c2FsdHNhbHRzYWx0c2FsdA") || m.contains("$2b$31$"), m));
    }

    private static List<PasswordHasher> realHashers(PasswordConfig config) {
        return List.of(new Argon2Hasher(config), new Pbkdf2Sha256Hasher(config), new Pbkdf2Sha1Hasher(config),
                new BcryptSha256Hasher(config), new BcryptHasher(config), new ScryptHasher(config));
    }

    @Test
    void constructorWhenDefaultAlgorithmUnknownOrDuplicatedThenFailsAtBoot() {
        assertThrows(IllegalStateException.class, () -> PasswordHashers.standard(cheap.withAlgorithm("md5")));
        assertThrows(IllegalStateException.class,
                () -> new PasswordHashers(List.of(new BcryptHasher(cheap), new BcryptHasher(cheap)), cheap.withAlgorithm("bcrypt")));
    }

    @Test
    void bcryptWhenPasswordOver72BytesThenTruncatedButSha256VariantIsNot() {
        String base = "b".repeat(72);
        BcryptHasher bcrypt = new BcryptHasher(cheap);
        BcryptSha256Hasher sha256 = new BcryptSha256Hasher(cheap);
        assertTrue(bcrypt.verify(base + "tail", bcrypt.encode(base + "other")), "bcrypt's documented 72-byte limit, as in Django");
        assertFalse(sha256.verify(base + "tail", sha256.encode(base + "other")));
    }

    @Test
    void decodeSaltWhenBouncyCastleMadeTheStringThenRecoversTheBytes() {
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        String modularCrypt = org.bouncycastle.crypto.generators.OpenBSDBCrypt.generate("2b", "pw".getBytes(), salt, 4);
        assertEquals(java.util.HexFormat.of().formatHex(salt),
                java.util.HexFormat.of().formatHex(AbstractBcryptHasher.decodeSalt(modularCrypt.substring(7, 29))));
    }

    /** A hasher that counts its calls, to prove when the registry hashes and when it does not. */
    private static class Counting implements PasswordHasher {
        final AtomicInteger encodes = new AtomicInteger();
        final AtomicInteger verifies = new AtomicInteger();
        final List<String> seen = new java.util.ArrayList<>();

        @Override
        public String algorithm() {
            return "counting";
        }

        @Override
        public String encode(String rawPassword) {
            encodes.incrementAndGet();
            seen.add(rawPassword);
            return "counting$" + rawPassword.length();
        }

        @Override
        public boolean verify(String rawPassword, String encoded) {
            verifies.incrementAndGet();
            return false;
        }
    }
}
