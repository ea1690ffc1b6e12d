package dev.gatehouse.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;

/**
 * Authentication is declared in one way, on the resource class: {@code @Authenticated} for every protected path,
 * {@code @PermitAll} for the few public ones. A new resource that says neither fails the build instead of being
 * served to anonymous callers (no path list in application.properties to forget it in).
 */
@AnalyzeClasses(packages = "dev.gatehouse", importOptions = ImportOption.DoNotIncludeTests.class)
class ResourceAuthenticationTest {

    @ArchTest
    static final ArchRule everyResourceSaysWhoMayCallIt = classes().that().areAnnotatedWith(Path.class)
            .should().beAnnotatedWith(Authenticated.class).orShould().beAnnotatedWith(PermitAll.class);

    @ArchTest
    static final ArchRule onlyTheOAuthRegistrationAndDiscoveryEndpointsArePublic = classes()
            .that().areAnnotatedWith(PermitAll.class)
            .should().haveSimpleName("TokenResource").orShould().haveSimpleName("DiscoveryResource")
            .orShould().haveSimpleName("RegistrationResource")
            // the browser login: the authorization endpoint, the login form's POST, the pages' stylesheet
            .orShould().haveSimpleName("AuthorizeResource").orShould().haveSimpleName("LoginResource")
            .orShould().haveSimpleName("PageAssetResource")
            // RP-initiated logout: the browser calls it, with the session cookie and no bearer token
            .orShould().haveSimpleName("LogoutResource")
            // the page a mailed verification link opens: its token is the credential
            .orShould().haveSimpleName("EmailVerificationPageResource")
            // password reset: whoever forgot their password has no token; the mailed link's token is the credential
            .orShould().haveSimpleName("PasswordResetRequestResource")
            .orShould().haveSimpleName("PasswordResetPageResource");
}
