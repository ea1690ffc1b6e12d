package dev.gatehouse.auth.key;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;

/**
 * The RSA key that signs access tokens and every public key that verifies them (current and
 * previous). Production needs a configured PEM key and fails at start-up without one; dev and test
 * generate an ephemeral key, which invalidates all tokens on restart, and say so in the log.
 */
@Startup
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final PrivateKey signingKey;
    private final String keyId;
    private final List<RsaJsonWebKey> verificationKeys = new ArrayList<>();
    private final String jwks;

    SigningKeys(KeysConfig config) {
        KeyPair pair = config.signingKeyLocation().map(SigningKeys::readPair).orElseGet(SigningKeys::ephemeral);
        this.signingKey = pair.getPrivate();
        RsaJsonWebKey current = jwk((RSAPublicKey) pair.getPublic(), config.signingKeyId().orElse(null));
        this.keyId = current.getKeyId();
        verificationKeys.add(current);
        config.previousPublicKeyLocations().orElse(List.of())
                .forEach(location -> verificationKeys.add(jwk((RSAPublicKey) readPublic(location), null)));
        this.jwks = new JsonWebKeySet(List.<JsonWebKey>copyOf(verificationKeys)).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    public PrivateKey signingKey() {
        return signingKey;
    }

    public String keyId() {
        return keyId;
    }

    /** Public keys only, as published at {@code /.well-known/jwks.json}. */
    public String jwksJson() {
        return jwks;
    }

    private static KeyPair ephemeral() {
        if (!LaunchMode.current().isDevOrTest()) {
            throw new IllegalStateException("gatehouse.token.signing-key-location is required in production "
                    + "(a PEM PKCS#8 RSA private key); refusing to sign tokens with an ephemeral key");
        }
        try {
            LOG.warn("No gatehouse.token.signing-key-location: signing with an ephemeral RSA-2048 key generated "
                    + "at start-up (dev/test only; tokens die with this process)");
            return KeyUtils.generateKeyPair(2048);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    private static KeyPair readPair(String location) {
        try {
            PrivateKey key = KeyUtils.decodePrivateKey(read(location));
            if (!(key instanceof RSAPrivateCrtKey rsa)) {
                throw new IllegalStateException("The signing key at " + location + " is not an RSA private key");
            }
            var spec = new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent());
            return new KeyPair(KeyFactory.getInstance("RSA").generatePublic(spec), key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing key at " + location, e);
        }
    }

    private static java.security.PublicKey readPublic(String location) {
        try {
            return KeyUtils.decodePublicKey(read(location));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the public key at " + location, e);
        }
    }

    private static String read(String location) {
        try {
            if (location.startsWith("classpath:")) {
                String name = location.substring("classpath:".length()).replaceFirst("^/", "");
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("No key resource " + location);
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(Path.of(location.replaceFirst("^file:", "")));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the key at " + location, e);
        }
    }

    private static RsaJsonWebKey jwk(RSAPublicKey key, String kid) {
        RsaJsonWebKey jwk = new RsaJsonWebKey(key);
        jwk.setKeyId(kid != null ? kid : jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
        jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        jwk.setUse("sig");
        return jwk;
    }
}
