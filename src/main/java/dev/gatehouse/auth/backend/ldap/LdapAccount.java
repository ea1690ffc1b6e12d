package dev.gatehouse.auth.backend.ldap;

import java.util.Set;

/** What the directory says about a person whose password it just accepted; holds no credential. */
record LdapAccount(String externalId, String dn, String email, String firstName, String lastName, Set<String> groupDns) {}
