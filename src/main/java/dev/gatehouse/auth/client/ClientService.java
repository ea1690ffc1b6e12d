package dev.gatehouse.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.security.Secrets;
import dev.gatehouse.user.User;
import dev.gatehouse.user.UserProvisioning;
import dev.gatehouse.web.MergePatch;
import dev.gatehouse.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Clients: creation (a service client with its service-account user), reading, merge-patch updates, secret
 * rotation, deletion, and their authentication at the token endpoint. Every change fires {@link ClientChanged}.
 */
@ApplicationScoped
public class ClientService {

    static final String PROVISIONED_BY = "client";
    private static final String SECRET_PREFIX = "ghs_";
    private static final int CLIENT_ID_MAX = 128;
    /** Compared against when the client id is unknown, so both paths do the same work. */
    private static final byte[] NO_SECRET = Secrets.hash("no such client");

    private final UserProvisioning provisioning;
    private final ClientRules rules;
    private final MergePatch mergePatch;
    private final Event<ClientDeleted> deleted;
    private final Event<ClientChanged> changed;
    private final Clock clock;

    ClientService(UserProvisioning provisioning, ClientRules rules, MergePatch mergePatch, Event<ClientDeleted> deleted,
            Event<ClientChanged> changed, Clock clock) {
        this.provisioning = provisioning;
        this.rules = rules;
        this.mergePatch = mergePatch;
        this.deleted = deleted;
        this.changed = changed;
        this.clock = clock;
    }

    /**
     * Creates the client (a service client with its service-account user) in one transaction; the secret of
     * a service or confidential client is returned this once.
     *
     * @throws ProblemException 400 with field errors when the settings break a {@link ClientRules} rule
     */
    @Transactional
    public CreatedClient create(ClientSettings request) {
        ClientSettings settings = rules.check(request);
        Client client = new Client();
        client.clientId = "ghc-" + UUID.randomUUID().toString().replace("-", "");
        client.type = ClientType.of(settings.type()).orElseThrow();
        client.apply(settings);
        String secret = client.type.hasSecret() ? Secrets.generate(SECRET_PREFIX) : null;
        client.secretHash = secret == null ? null : Secrets.hash(secret);
        client.user = client.type == ClientType.SERVICE ? serviceAccount(client.clientId) : null;
        client.createdAt = OffsetDateTime.now(clock);
        client.persist();
        changed.fire(new ClientChanged(client.clientId));
        return CreatedClient.of(ClientView.of(client), secret);
    }

    public List<ClientView> list() {
        return Client.<Client>find("select c from Client c left join fetch c.user order by c.createdAt").list()
                .stream().map(ClientView::of).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<ClientView> view(String clientId) {
        return find(clientId).map(ClientView::of);
    }

    /**
     * Applies an RFC 7386 merge patch to the client's settings; the type cannot change (a service client's
     * account and a public client's missing secret come with it).
     *
     * @throws ProblemException 400 with field errors for an invalid result or a changed type
     */
    @Transactional
    public Optional<ClientView> patch(String clientId, JsonNode patch) {
        MergePatch.requireObject(patch);
        return find(clientId).map(client -> {
            ClientSettings merged = mergePatch.apply(ClientSettings.of(client), patch, ClientSettings.class);
            if (!client.type.value().equals(merged.typeOrDefault())) {
                throw ProblemException.invalid("type", "cannot be changed; create a new client of the other type");
            }
            client.apply(rules.check(merged));
            changed.fire(new ClientChanged(client.clientId));
            return ClientView.of(client);
        });
    }

    /**
     * A new secret, returned this once; the old one stops working when this commits. Refresh tokens stay:
     * a confidential client's need its secret, so whoever held only the old one cannot use them.
     *
     * @throws ProblemException 409 for a public client, which has no secret
     */
    @Transactional
    public Optional<ClientSecret> rotateSecret(String clientId) {
        return find(clientId).map(client -> {
            if (!client.type.hasSecret()) {
                throw ProblemException.conflict("type", "A public client has no secret to rotate.");
            }
            String secret = Secrets.generate(SECRET_PREFIX);
            client.secretHash = Secrets.hash(secret);
            changed.fire(new ClientChanged(client.clientId));
            return new ClientSecret(client.clientId, secret);
        });
    }

    /**
     * Deletes the client and revokes the refresh tokens issued to it ({@link ClientDeleted}); a service
     * client goes with its service account (ON DELETE CASCADE), and with it the account's tokens.
     */
    @Transactional
    public boolean delete(String clientId) {
        Optional<Client> client = find(clientId);
        client.ifPresent(c -> {
            deleted.fire(new ClientDeleted(c.clientId));
            changed.fire(new ClientChanged(c.clientId));
            if (c.user == null) {
                c.delete();
            } else {
                User.delete("id", c.user.id);
            }
        });
        return client.isPresent();
    }

    /** The client with this id, of any type. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Client> find(String clientId) {
        return canName(clientId) ? Client.<Client>find("clientId", clientId).firstResultOptional() : Optional.empty();
    }

    /**
     * The client when id and secret match (compared in constant time), it has a secret (it is not public),
     * and a service client's account is active.
     */
    @Transactional(TxType.SUPPORTS) // one read: joins a caller's transaction, starts none (no COMMIT round trip)
    public Optional<Client> authenticate(String clientId, String secret) {
        Optional<Client> client = canName(clientId) ? Client.<Client>find(
                "select c from Client c left join fetch c.user where c.clientId = ?1", clientId).firstResultOptional()
                : Optional.empty();
        byte[] expected = client.map(c -> c.secretHash).filter(hash -> hash != null).orElse(NO_SECRET);
        boolean matches = MessageDigest.isEqual(expected, Secrets.hash(secret));
        return client.filter(c -> matches && !c.isPublic() && (c.user == null || c.user.active));
    }

    /** Whether the value could be a stored client id: PostgreSQL refuses a NUL in text, and the column holds 128. */
    private static boolean canName(String clientId) {
        return clientId != null && clientId.length() <= CLIENT_ID_MAX && clientId.indexOf('\0') < 0;
    }

    private User serviceAccount(String clientId) {
        return provisioning.provision(PROVISIONED_BY, clientId + "@clients.gatehouse.invalid", user -> user.firstName = "");
    }
}
