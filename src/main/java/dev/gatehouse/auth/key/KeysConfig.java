package dev.gatehouse.auth.key;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * The signing keys of access tokens: the {@code gatehouse.token.signing-key-*} and
 * {@code gatehouse.token.previous-public-key-locations} keys, read here so the keys need nothing of the token
 * package (the other {@code gatehouse.token} keys are {@code auth.TokenConfig}'s). None has a default.
 */
@ConfigMapping(prefix = "gatehouse.token")
public interface KeysConfig {

    /** PEM PKCS#8 RSA private key (file path or {@code classpath:}); required in production. */
    Optional<String> signingKeyLocation();

    /** The {@code kid} of the signing key; defaults to its RFC 7638 thumbprint. */
    Optional<String> signingKeyId();

    /** PEM public keys of retired signing keys, still published in the JWKS while their tokens live. */
    Optional<List<String>> previousPublicKeyLocations();
}
