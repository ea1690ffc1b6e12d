package dev.gatehouse.password;

import java.security.SecureRandom;

/** Salts shaped like Django's {@code BasePasswordHasher.salt()}: 22 random ASCII alphanumerics, at least 128 bits. */
final class DjangoSalt {

    static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int ENTROPY_BITS = 128;
    private static final double BITS_PER_CHAR = Math.log(ALPHABET.length()) / Math.log(2);
    private static final int LENGTH = (int) Math.ceil(ENTROPY_BITS / BITS_PER_CHAR);
    private static final SecureRandom RANDOM = new SecureRandom();

    private DjangoSalt() {
    }

    static String generate() {
        return random(LENGTH);
    }

    static String random(int length) {
        StringBuilder salt = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            salt.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return salt.toString();
    }

    /** Django's must_update_salt: a salt from an older Django carries less than 128 bits. */
    static boolean isTooShort(int saltLength) {
        return saltLength * BITS_PER_CHAR < ENTROPY_BITS;
    }
}
