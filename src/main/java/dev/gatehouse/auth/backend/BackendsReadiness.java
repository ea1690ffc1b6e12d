package dev.gatehouse.auth.backend;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Reports authentication backends whose last call failed (an LDAP server that is down, say). */
@Readiness
@ApplicationScoped
class BackendsReadiness implements HealthCheck {

    private final AuthenticationChain chain;

    BackendsReadiness(AuthenticationChain chain) {
        this.chain = chain;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("authentication-backends")
                .status(chain.failing().isEmpty())
                .withData("order", String.join(",", chain.names()));
        chain.failing().forEach(response::withData);
        return response.build();
    }
}
