package dev.gatehouse.password;

/**
 * The user attributes a new password must not resemble (Django's UserAttributeSimilarityValidator); any may be null.
 *
 * <p>{@code toString()} is safe to log: it holds no credential.
 */
public record PasswordOwner(String email, String username, String firstName, String lastName) {
}
