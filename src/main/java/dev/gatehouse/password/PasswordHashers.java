package dev.gatehouse.password;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;

/** Placeholder registry until the Django-compatible hashers land; same API. */
@ApplicationScoped
public class PasswordHashers {

    private static final SecureRandom RANDOM = new SecureRandom();

    public String encode(String rawPassword) {
        try {
            byte[] salt = new byte[12];
            RANDOM.nextBytes(salt);
            String saltText = Base64.getUrlEncoder().withoutPadding().encodeToString(salt);
            var spec = new javax.crypto.spec.PBEKeySpec(rawPassword.toCharArray(), saltText.getBytes(), 100_000, 256);
            byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return "pbkdf2_sha256$100000$" + saltText + "$" + Base64.getEncoder().encodeToString(hash);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks pbkdf2_sha256 hashes as {@link #encode} writes them; other formats run the default hasher and fail. */
    public boolean verify(String rawPassword, String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
        if (!isUsable(encoded) || parts.length != 4 || !parts[0].equals("pbkdf2_sha256")) {
            runDefaultHasher(rawPassword);
            return false;
        }
        try {
            var spec = new javax.crypto.spec.PBEKeySpec(rawPassword.toCharArray(), parts[2].getBytes(),
                    Integer.parseInt(parts[1]), 256);
            byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return java.security.MessageDigest.isEqual(hash, Base64.getDecoder().decode(parts[3]));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public boolean mustUpdate(String encoded) {
        return false;
    }

    public void runDefaultHasher(String rawPassword) {
        encode(rawPassword);
    }

    public static String unusable() {
        byte[] bytes = new byte[30];
        RANDOM.nextBytes(bytes);
        return "!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean isUsable(String encoded) {
        return encoded != null && !encoded.startsWith("!");
    }
}
