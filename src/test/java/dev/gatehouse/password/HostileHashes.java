package dev.gatehouse.password;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Well-formed stored hashes whose own parameters ask for a denial of service (the security issue's
 * measured five, and their scrypt and sibling-algorithm cousins), each with the refusal that names its
 * parameter under the default {@code gatehouse.password.limits}.
 */
public final class HostileHashes {

    private static final String SALT = "c2FsdHNhbHRzYWx0c2FsdA";
    private static final String HASH = "A".repeat(43);
    private static final String BCRYPT_TAIL = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0".substring(0, 53);

    public static final String ARGON2_MEMORY = "argon2$argon2id$v=19$m=1048576,t=2,p=1$" + SALT + "$" + HASH;
    public static final String ARGON2_ITERATIONS = "argon2$argon2id$v=19$m=19456,t=100000,p=1$" + SALT + "$" + HASH;
    /** 8 * p overflows an int to 0, which slipped past argon2's m >= 8p rule. */
    public static final String ARGON2_PARALLELISM = "argon2$argon2id$v=19$m=19456,t=2,p=536870912$" + SALT + "$" + HASH;
    public static final String PBKDF2_ITERATIONS = "pbkdf2_sha256$2000000000$seasalt$R1/GfWtwog1T8Ev9VndgDjzkiRzbFr8JpmJtL9cMmQU=";
    public static final String BCRYPT_COST = "bcrypt$$2b$31$" + BCRYPT_TAIL;

    /** The five, in its order: hash to the line error it must produce. */
    public static final Map<String, String> MEASURED = ordered(
            ARGON2_MEMORY, "argon2 memory m=1048576 KiB exceeds the limit 262144",
            ARGON2_ITERATIONS, "argon2 iterations t=100000 exceeds the limit 20",
            ARGON2_PARALLELISM, "argon2 parallelism p=536870912 exceeds the limit 16",
            PBKDF2_ITERATIONS, "pbkdf2_sha256 iterations 2000000000 exceeds the limit 10000000",
            BCRYPT_COST, "bcrypt cost 31 exceeds the limit 16");

    /** Every hasher's hostile hashes: the measured five and the other algorithms' equivalents. */
    public static final Map<String, String> ALL = with(MEASURED,
            "scrypt$1048576$seasalt$8$1$" + HASH, "scrypt memory N=1048576,r=8 (1048576 KiB) exceeds the limit 262144",
            "scrypt$16384$seasalt$8$1000000$" + HASH, "scrypt parallelism p=1000000 exceeds the limit 16",
            "pbkdf2_sha1$2000000000$seasalt$" + HASH, "pbkdf2_sha1 iterations 2000000000 exceeds the limit 10000000",
            "bcrypt_sha256$$2b$20$" + BCRYPT_TAIL, "bcrypt_sha256 cost 20 exceeds the limit 16",
            "argon2$argon2i$m=2097152,t=1,p=1$" + SALT + "$" + HASH, "argon2 memory m=2097152 KiB exceeds the limit 262144");

    private HostileHashes() {}

    private static Map<String, String> ordered(String... hashAndRefusal) {
        return with(Map.of(), hashAndRefusal);
    }

    private static Map<String, String> with(Map<String, String> first, String... hashAndRefusal) {
        Map<String, String> map = new LinkedHashMap<>(first);
        for (int i = 0; i < hashAndRefusal.length; i += 2) {
            map.put(hashAndRefusal[i], hashAndRefusal[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
