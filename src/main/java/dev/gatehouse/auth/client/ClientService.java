package dev.gatehouse.auth.client;

import dev.gatehouse.security.Secrets;
import dev.gatehouse.user.UserProvisioning;
import dev.gatehouse.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Service clients: creation with their service-account user, listing, deletion, authentication. */
@ApplicationScoped
public class ClientService {

    static final String PROVISIONED_BY = "client";
    /** Compared against when the client id is unknown, so both paths do the same work. */
    private static final byte[] NO_SECRET = Secrets.hash("no such client");

    private final UserProvisioning provisioning;
    private final Event<ClientDeleted> deleted;

    ClientService(UserProvisioning provisioning, Event<ClientDeleted> deleted) {
        this.provisioning = provisioning;
        this.deleted = deleted;
    }

    /** Creates the client and its service-account user in one transaction; the secret is returned once. */
    @Transactional
    public CreatedClient create(CreateClientRequest request) {
        String clientId = "ghc-" + UUID.randomUUID().toString().replace("-", "");
        String secret = Secrets.generate("ghs_");
        Client client = new Client();
        client.clientId = clientId;
        client.name = request.name().strip();
        client.secretHash = Secrets.hash(secret);
        client.user = serviceAccount(clientId);
        client.createdAt = OffsetDateTime.now();
        client.persist();
        return new CreatedClient(clientId, secret, client.name, client.user.id, client.createdAt);
    }

    public List<ClientView> list() {
        return Client.<Client>find("select c from Client c left join fetch c.user order by c.createdAt").list()
                .stream().map(ClientView::of).toList();
    }

    /**
     * Deletes the client's service account, and with it (ON DELETE CASCADE) the client and the account's
     * tokens, and revokes the refresh tokens it was issued for other users (their password grants).
     */
    @Transactional
    public boolean delete(String clientId) {
        Optional<Client> client = Client.find("clientId", clientId).firstResultOptional();
        client.ifPresent(c -> {
            deleted.fire(new ClientDeleted(c.clientId));
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
        return clientId == null ? Optional.empty() : Client.<Client>find("clientId", clientId).firstResultOptional();
    }

    /**
     * The client when id and secret match (compared in constant time), it has a secret (it is not public),
     * and a service client's account is active.
     */
    @Transactional(TxType.SUPPORTS) // one read: joins a caller's transaction, starts none (no COMMIT round trip)
    public Optional<Client> authenticate(String clientId, String secret) {
        Optional<Client> client = Client.<Client>find("select c from Client c left join fetch c.user where c.clientId = ?1",
                clientId).firstResultOptional();
        byte[] expected = client.map(c -> c.secretHash).orElse(NO_SECRET);
        boolean matches = MessageDigest.isEqual(expected, Secrets.hash(secret));
        return client.filter(c -> matches && c.type != ClientType.PUBLIC && (c.user == null || c.user.active));
    }

    private User serviceAccount(String clientId) {
        return provisioning.provision(PROVISIONED_BY, clientId + "@clients.gatehouse.invalid", user -> user.firstName = "");
    }
}
