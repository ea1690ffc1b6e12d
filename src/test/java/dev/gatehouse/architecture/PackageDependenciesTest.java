package dev.gatehouse.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The packages of {@code src/main/java} depend in one direction, bottom to top (docs/architecture.md,
 * "Dependencies between packages"):
 *
 * <pre>
 *   oidc (authorize, the hosted login pages, userinfo, logout) on top
 *   email                                                    email verification (its page is oidc's)
 *   auth (tokens, the token endpoint)
 *   auth.client, auth.key                                    service clients; signing keys
 *   auth.throttle                                            brute-force limits in front of the chain
 *   auth.backend and its backends                            the authentication SPI and chain
 *   session                                                  login sessions of the hosted login page
 *   mail                                                     the outbox, its sender and the mail templates
 *   audit                                                    the trail; observes user and grant events
 *   user                                                     users, their profiles, passwords, registration
 *   permission                                               permissions, groups, grants, Authorizer
 *   security                                                 the caller, the guard, the authorization questions
 *   web                                                      HTTP conventions; maps password's 503 (HashingSaturated)
 *   password                                                 at the bottom: no other Gatehouse package
 * </pre>
 *
 * A lower package that needs something from a higher one declares an interface that the higher one implements
 * ({@code security.Authorization}, {@code user.PasswordCheckLimit}) or observes its events.
 */
@AnalyzeClasses(packages = "dev.gatehouse", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDependenciesTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.gatehouse.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule packagesDependOnlyDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("web").definedBy("dev.gatehouse.web..")
            .layer("password").definedBy("dev.gatehouse.password..")
            .layer("security").definedBy("dev.gatehouse.security..")
            .layer("permission").definedBy("dev.gatehouse.permission..")
            .layer("user").definedBy("dev.gatehouse.user..")
            .layer("audit").definedBy("dev.gatehouse.audit..")
            .layer("auth.backend").definedBy("dev.gatehouse.auth.backend..")
            .layer("auth.throttle").definedBy("dev.gatehouse.auth.throttle..")
            .layer("auth.key").definedBy("dev.gatehouse.auth.key..")
            .layer("auth.client").definedBy("dev.gatehouse.auth.client..")
            .layer("session").definedBy("dev.gatehouse.session..")
            .layer("auth").definedBy("dev.gatehouse.auth")
            .layer("mail").definedBy("dev.gatehouse.mail..")
            .layer("email").definedBy("dev.gatehouse.email..")
            .layer("oidc").definedBy("dev.gatehouse.oidc..")
            .whereLayer("web").mayOnlyAccessLayers("password")
            .whereLayer("password").mayNotAccessAnyLayer()
            .whereLayer("security").mayOnlyAccessLayers("web")
            .whereLayer("permission").mayOnlyAccessLayers("security", "web")
            .whereLayer("user").mayOnlyAccessLayers("permission", "security", "password", "web")
            .whereLayer("audit").mayOnlyAccessLayers("user", "permission", "security", "web")
            .whereLayer("auth.backend").mayOnlyAccessLayers("user", "permission", "security", "password", "web")
            .whereLayer("auth.throttle")
            .mayOnlyAccessLayers("auth.backend", "audit", "user", "permission", "security", "password", "web")
            .whereLayer("auth.key").mayOnlyAccessLayers("security", "web")
            .whereLayer("auth.client").mayOnlyAccessLayers("user", "permission", "security", "password", "web")
            .whereLayer("session").mayOnlyAccessLayers("audit", "user", "permission", "security", "web")
            .whereLayer("auth").mayOnlyAccessLayers("session", "auth.key", "auth.client", "auth.throttle", "auth.backend",
                    "audit", "user", "permission", "security", "password", "web")
            .whereLayer("mail").mayOnlyAccessLayers("audit", "user", "permission", "security", "web")
            .whereLayer("email").mayOnlyAccessLayers("auth", "mail", "audit", "user", "permission", "security", "web")
            .whereLayer("oidc").mayOnlyAccessLayers("email", "auth", "session", "auth.key", "auth.client", "auth.throttle",
                    "auth.backend", "audit", "user", "permission", "security", "password", "web");
}
