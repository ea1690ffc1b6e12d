package dev.gatehouse.auth.backend.ldap;

import com.unboundid.ldap.sdk.BindRequest;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.PostConnectProcessor;
import com.unboundid.ldap.sdk.ServerSet;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.SingleServerSet;
import com.unboundid.ldap.sdk.StartTLSPostConnectProcessor;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.net.SocketFactory;
import javax.net.ssl.TrustManager;
import org.jboss.logging.Logger;

/**
 * Connections to the directory: a pool bound as the service account (or anonymous) for searches and
 * health checks, and one fresh connection per user bind, closed afterwards, so a pooled connection never
 * carries a user's identity into another request. TLS (ldaps or StartTLS) and timeouts apply to both.
 */
@Startup
@ApplicationScoped
class LdapConnections {

    private static final Logger LOG = Logger.getLogger(LdapConnections.class);

    private final ServerSet userServers;
    private final LDAPConnectionPool pool;

    LdapConnections(LdapConfig config) throws LDAPException, GeneralSecurityException {
        if (config.url().isEmpty()) {
            userServers = null;
            pool = null;
            return;
        }
        LDAPURL url = new LDAPURL(config.url().get());
        boolean ldaps = "ldaps".equalsIgnoreCase(url.getScheme());
        if (ldaps && config.startTls()) {
            throw new IllegalStateException("gatehouse.backends.ldap: start-tls applies to ldap:// URLs, not ldaps://");
        }
        if (!ldaps && !config.startTls() && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warnf("LDAP at %s without TLS: passwords cross the network in clear; use ldaps:// or start-tls", url);
        }
        SSLUtil ssl = new SSLUtil(trustManager(config));
        LDAPConnectionOptions options = options(config, ldaps || config.startTls());
        SocketFactory sockets = ldaps ? ssl.createSSLSocketFactory() : SocketFactory.getDefault();
        PostConnectProcessor startTls = config.startTls() ? new StartTLSPostConnectProcessor(ssl.createSSLContext()) : null;
        BindRequest service = config.bindDn()
                .map(dn -> new SimpleBindRequest(dn, config.bindPassword().orElse(""))).orElse(null);
        userServers = new SingleServerSet(url.getHost(), url.getPort(), sockets, options, null, startTls);
        ServerSet serviceServers = new SingleServerSet(url.getHost(), url.getPort(), sockets, options, service, startTls);
        // do not throw when the directory is down at boot: the backend is skipped and readiness says so
        pool = new LDAPConnectionPool(serviceServers, service, 0, config.poolSize(), null, false);
        pool.setConnectionPoolName("gatehouse-ldap");
        pool.setMaxWaitTimeMillis(config.connectTimeout().toMillis());
        pool.setRetryFailedOperationsDueToInvalidConnections(true);
        LOG.infof("LDAP backend enabled: %s (%s)", url, config.userDnTemplate().isPresent() ? "DN template" : "search then bind");
    }

    boolean enabled() {
        return pool != null;
    }

    /** The service pool, for searches; must only be called when {@link #enabled()}. */
    LDAPConnectionPool pool() {
        return pool;
    }

    /** A new, unauthenticated connection for one user bind; the caller closes it. */
    LDAPConnection forUserBind() throws LDAPException {
        return userServers.getConnection();
    }

    @PreDestroy
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    private static LDAPConnectionOptions options(LdapConfig config, boolean tls) {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis((int) config.connectTimeout().toMillis());
        options.setResponseTimeoutMillis(config.responseTimeout().toMillis());
        options.setAbandonOnTimeout(true);
        if (tls) {
            // the certificate must name the host we dialled, or a trusted CA's other certificate would do
            options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        }
        return options;
    }

    private static TrustManager trustManager(LdapConfig config) {
        Optional<String> path = config.trustStorePath();
        if (path.isEmpty()) {
            return JVMDefaultTrustManager.getInstance();
        }
        char[] password = config.trustStorePassword().map(String::toCharArray).orElse(null);
        return new TrustStoreTrustManager(path.get(), password, config.trustStoreType(), true);
    }
}
