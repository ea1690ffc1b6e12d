package dev.gatehouse.auth.client;

import dev.gatehouse.web.FieldError;
import dev.gatehouse.web.ProblemException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Applies {@code gatehouse.clients.web.*} to the {@code gatehouse-web} row at start-up, so an operator
 * configures the SPA client by environment; a key left unset keeps what {@code /clients} set. The values pass
 * the same {@link ClientRules} as the API (all but the redirect URI the code flow needs: a fresh install has
 * none yet), and an invalid one fails the start, not the first login.
 */
@ApplicationScoped
class ConfiguredWebClient {

    private static final Logger LOG = Logger.getLogger(ConfiguredWebClient.class);

    private final ClientsConfig.Web config;
    private final ClientRules rules;
    private final Event<ClientChanged> changed;

    ConfiguredWebClient(ClientsConfig config, ClientRules rules, Event<ClientChanged> changed) {
        this.config = config.web();
        this.rules = rules;
        this.changed = changed;
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        Optional<Client> web = Client.<Client>find("clientId", Client.WEB_CLIENT_ID).firstResultOptional();
        if (web.isEmpty()) {
            LOG.warnf("The client %s was deleted; gatehouse.clients.web.* is not applied", Client.WEB_CLIENT_ID);
            return;
        }
        Client client = web.get();
        try {
            client.apply(rules.checkConfigured(configured(ClientSettings.of(client))));
        } catch (ProblemException e) {
            throw new IllegalStateException("gatehouse.clients.web.* makes an invalid " + Client.WEB_CLIENT_ID
                    + " client: " + describe(e.toProblem().errors()));
        }
        if (client.allows(GrantType.AUTHORIZATION_CODE) && client.redirectUris.isEmpty()) {
            LOG.infof("The client %s has no redirect URI, so no browser login through it until "
                    + "gatehouse.clients.web.redirect-uris (or PATCH /clients/%s) names one", client.clientId, client.clientId);
        }
        changed.fire(new ClientChanged(client.clientId));
    }

    private ClientSettings configured(ClientSettings current) {
        return new ClientSettings(current.name(), current.type(),
                config.redirectUris().orElse(current.redirectUris()),
                config.postLogoutRedirectUris().orElse(current.postLogoutRedirectUris()),
                config.allowedOrigins().orElse(current.allowedOrigins()),
                config.passwordGrant().map(on -> withPassword(current.grantTypes(), on)).orElse(current.grantTypes()));
    }

    private static List<String> withPassword(List<String> grants, boolean on) {
        List<String> result = new ArrayList<>(grants);
        result.remove(GrantType.PASSWORD);
        if (on) {
            result.add(GrantType.PASSWORD);
        }
        return result;
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
    }
}
