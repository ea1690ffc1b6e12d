package dev.gatehouse.permission;

/** A group in a listing: its name and how many permissions it holds (not the permissions themselves). */
public record GroupSummary(String name, long permissionCount) {}
