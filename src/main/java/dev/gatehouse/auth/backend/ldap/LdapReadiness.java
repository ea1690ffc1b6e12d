package dev.gatehouse.auth.backend.ldap;

import com.unboundid.ldap.sdk.LDAPException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while the configured directory does not answer a root DSE read through the service pool (so a
 * wrong service password shows too); always UP, with {@code enabled=false}, when LDAP is not configured.
 */
@Readiness
@ApplicationScoped
class LdapReadiness implements HealthCheck {

    private final LdapConnections connections;

    LdapReadiness(LdapConnections connections) {
        this.connections = connections;
    }

    @Override
    public HealthCheckResponse call() {
        if (!connections.enabled()) {
            return HealthCheckResponse.named("ldap").up().withData("enabled", false).build();
        }
        try {
            connections.pool().getRootDSE();
            return HealthCheckResponse.named("ldap").up().withData("enabled", true).build();
        } catch (LDAPException e) {
            return HealthCheckResponse.named("ldap").down().withData("enabled", true)
                    .withData("error", e.getResultCode().getName()).build();
        }
    }
}
