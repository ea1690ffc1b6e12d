package dev.gatehouse.oidc;

import dev.gatehouse.auth.UserClaims;
import dev.gatehouse.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The UserInfo claims (OpenID Connect Core §5.3.2) of the user an access token names, read fresh. */
@ApplicationScoped
public class UserInfo {

    /**
     * {@code sub} and the claims {@code scopes} release, as in the ID token; empty when the user was deleted or
     * deactivated since the token was issued, so the token no longer speaks for anyone.
     */
    @Transactional(TxType.SUPPORTS)
    public Optional<Map<String, Object>> of(UUID userId, Set<String> scopes) {
        return User.<User>findByIdOptional(userId).filter(user -> user.active).map(user -> {
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("sub", user.id.toString());
            claims.putAll(UserClaims.of(user, scopes));
            return claims;
        });
    }
}
