package dev.gatehouse.auth;

import dev.gatehouse.auth.key.SigningKeys;
import dev.gatehouse.user.User;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Signs RFC 9068 access tokens (RS256, {@code typ: at+jwt}) with the current {@link SigningKeys} key. */
@ApplicationScoped
public class TokenIssuer {

    public static final String TYPE = "at+jwt";

    private final SigningKeys keys;
    private final TokenConfig config;
    private final TokenGroupNames groupNames;

    TokenIssuer(SigningKeys keys, TokenConfig config, TokenGroupNames groupNames) {
        this.keys = keys;
        this.config = config;
        this.groupNames = groupNames;
    }

    /** A signed access token for {@code user}, issued to {@code clientId} by {@code backend}. */
    public IssuedToken issue(User user, String clientId, String scope, String backend) {
        Instant now = Instant.now();
        long lifetime = config.accessLifetime().toSeconds();
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(user.id.toString())
                .upn(user.email)
                .claim("email", user.email)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(lifetime))
                .claim("jti", UUID.randomUUID().toString())
                .claim("client_id", clientId)
                .claim("scope", scope)
                .claim("auth_backend", backend);
        addGroups(claims, user);
        String value = claims.jws().keyId(keys.keyId()).type(TYPE).algorithm(SignatureAlgorithm.RS256)
                .sign(keys.signingKey());
        return new IssuedToken(value, lifetime);
    }

    /** Roles first, so a capped claim never drops {@code superuser}; then at most max-groups group names. */
    private void addGroups(JwtClaimsBuilder claims, User user) {
        List<String> groups = new ArrayList<>();
        if (user.staff) {
            groups.add("staff");
        }
        if (user.superuser) {
            groups.add("superuser");
        }
        List<String> names = groupNames.of(user);
        // a user in hundreds of groups would make a token too large for an HTTP header
        groups.addAll(names.subList(0, Math.min(names.size(), config.maxGroups())));
        claims.groups(new LinkedHashSet<>(groups));
        if (names.size() > config.maxGroups()) {
            claims.claim("groups_truncated", true);
        }
    }

    /** A signed access token and its lifetime in seconds. */
    public record IssuedToken(String value, long expiresIn) {
        @Override
        public String toString() {
            return "IssuedToken[expiresIn=" + expiresIn + "]";
        }
    }
}
