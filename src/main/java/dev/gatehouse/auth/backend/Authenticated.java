package dev.gatehouse.auth.backend;

import dev.gatehouse.user.User;

/** A successful login: the user and the name of the backend that vouched for it. */
public record Authenticated(User user, String backend) {}
