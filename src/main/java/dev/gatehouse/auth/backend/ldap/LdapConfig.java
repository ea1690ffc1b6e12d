package dev.gatehouse.auth.backend.ldap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The LDAP backend's settings (docs/ldap.md lists every key). The backend is inert while {@code url} is
 * unset. Exactly one bind mode: {@code user-dn-template}, or search-then-bind with {@code base-dn}
 * (and usually {@code bind-dn}/{@code bind-password} for the service account).
 */
@ConfigMapping(prefix = "gatehouse.backends.ldap")
public interface LdapConfig {

    /** {@code ldap://host:389} or {@code ldaps://host:636}; absent = backend disabled. */
    Optional<String> url();

    /** Upgrade {@code ldap://} connections with StartTLS before any bind. */
    @WithDefault("false")
    boolean startTls();

    /** Trust store for ldaps/StartTLS; absent = the JVM's default trust store. */
    Optional<String> trustStorePath();

    Optional<String> trustStorePassword();

    @WithDefault("PKCS12")
    String trustStoreType();

    /** Bind mode 1: the user's DN with {@code {0}} for the escaped login, e.g. {@code uid={0},ou=people,dc=example,dc=org}. */
    Optional<String> userDnTemplate();

    /** Bind mode 2 (search-then-bind): the service account; absent = anonymous searches. */
    Optional<String> bindDn();

    Optional<String> bindPassword();

    /** Where to search for users in search mode. */
    Optional<String> baseDn();

    /** {@code {0}} is the escaped login. */
    @WithDefault("(&(objectClass=inetOrgPerson)(|(uid={0})(mail={0})))")
    String userFilter();

    /** Attribute that never changes for a person; the local user is matched by it. */
    @WithDefault("uid")
    String idAttribute();

    @WithDefault("mail")
    String emailAttribute();

    @WithDefault("givenName")
    String firstNameAttribute();

    @WithDefault("sn")
    String lastNameAttribute();

    /** Read when {@code group-base-dn} is absent: the user entry's attribute listing its group DNs. */
    @WithDefault("memberOf")
    String memberOfAttribute();

    /** When set, groups are found by searching here with {@code group-filter} instead of reading memberOf. */
    Optional<String> groupBaseDn();

    /** {@code {dn}} is the user's escaped DN, {@code {0}} the escaped login. */
    @WithDefault("(member={dn})")
    String groupFilter();

    /** LDAP group (full DN or cn) to Gatehouse group name; LDAP groups not listed are ignored. */
    Map<String, String> groupMapping();

    @WithDefault("2s")
    Duration connectTimeout();

    @WithDefault("3s")
    Duration responseTimeout();

    /**
     * Absolute lifetime of the sessions (refresh-token families) of users provisioned by LDAP, so a change
     * in the directory (a removed account, a changed group) applies at the next login at the latest.
     */
    @WithDefault("12h")
    Duration sessionMaxLifetime();

    /**
     * Whether the emails of LDAP users count as verified: the directory's operator vouches for them. Applied
     * when a user is provisioned and at each login, so a change applies at the next login.
     */
    @WithDefault("true")
    boolean emailVerified();

    /** Maximum pooled service connections. */
    @WithDefault("8")
    int poolSize();
}
