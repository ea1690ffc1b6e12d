package dev.gatehouse.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random opaque secrets (refresh tokens, client secrets) and their stored form. A fast SHA-256 is
 * enough here, unlike for passwords: a 256-bit random value cannot be guessed or brute-forced from its
 * hash, so a slow hash would only cost CPU on every request.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** 256 random bits, base64url, with a prefix that secret scanners and humans can recognize. */
    public static String generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a secret: SHA-256 of its UTF-8 bytes. */
    public static byte[] hash(String secret) {
        return sha256(secret);
    }

    /** SHA-256 of a string's UTF-8 bytes; the one place the service computes it. */
    public static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
