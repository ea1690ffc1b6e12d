package dev.gatehouse.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link FreshDatabase} for every {@code @QuarkusTest} in the suite. */
@QuarkusTestResource(value = FreshDatabase.class, restrictToAnnotatedClass = false)
public final class UsesFreshDatabase {
    private UsesFreshDatabase() {}
}
