package dev.gatehouse.password;

import java.util.List;

/**
 * Prints milliseconds per hash for each algorithm with the default parameters, single-threaded.
 *
 * <p>Run: {@code ./mvnw -q test-compile && java -cp "target/classes:target/test-classes:$(cat cp.txt)" dev.gatehouse.password.HashTimings}
 * after {@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class HashTimings {

    private static final int WARMUP = 3;
    private static final int RUNS = 10;

    public static void main(String[] args) {
        PasswordConfig config = TestPasswordConfig.defaults();
        List<PasswordHasher> hashers = List.of(new Argon2Hasher(config), new Pbkdf2Sha256Hasher(config), new Pbkdf2Sha1Hasher(config),
                new BcryptSha256Hasher(config), new BcryptHasher(config), new ScryptHasher(config));
        System.out.printf("%-14s %10s  %s%n", "algorithm", "ms/hash", "parameters");
        for (PasswordHasher hasher : hashers) {
            for (int i = 0; i < WARMUP; i++) {
                hasher.encode("warm-up password " + i);
            }
            long start = System.nanoTime();
            String encoded = null;
            for (int i = 0; i < RUNS; i++) {
                encoded = hasher.encode("correct horse battery " + i);
            }
            double ms = (System.nanoTime() - start) / 1e6 / RUNS;
            System.out.printf("%-14s %10.1f  %s%n", hasher.algorithm(), ms, parameters(encoded));
        }
    }

    /** The algorithm's work factors as read back from the hash; never the salt or the hash itself. */
    private static String parameters(String encoded) {
        String[] f = encoded.split("\\$");
        return switch (f[0]) {
            case "argon2" -> f[1] + " " + f[2] + " " + f[3];
            case "scrypt" -> "N=" + f[1] + ", r=" + f[3] + ", p=" + f[4];
            case "bcrypt", "bcrypt_sha256" -> "$" + f[2] + "$" + f[3];
            default -> "iterations=" + f[1];
        };
    }
}
