package dev.gatehouse.web;

/** One invalid input field, named by its JSON path (for example {@code profile.date_of_birth}). */
public record FieldError(String field, String message) {}
