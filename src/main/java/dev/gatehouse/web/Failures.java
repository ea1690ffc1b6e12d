package dev.gatehouse.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Classifies persistence failures by their root cause, since ORM and pool wrap them differently. */
public final class Failures {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private Failures() {}

    /** True when a unique constraint rejected the write (a concurrent insert won, or a duplicate). */
    public static boolean isUniqueViolation(Throwable e) {
        return hasSqlState(e, UNIQUE_VIOLATION);
    }

    /**
     * True when PostgreSQL refused a value itself (SQLSTATE class 22, data exception), such as a NUL
     * character, which Java strings allow and PostgreSQL text does not: the client's input, so a 400.
     */
    public static boolean isInvalidData(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /** True when a write referred to a row that a concurrent request deleted. */
    public static boolean isForeignKeyViolation(Throwable e) {
        return hasSqlState(e, FOREIGN_KEY_VIOLATION);
    }

    private static boolean hasSqlState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when no database connection could be had: server down or refusing connections (SQLSTATE class
     * 08, 57P operator intervention, 55000 for a database closed to connections), pool exhausted.
     */
    public static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || (t instanceof SQLException sql
                    && (isOutage(sql.getSQLState()) || isPoolTimeout(sql)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Agroal's "acquisition timeout" is a plain SQLException without SQLSTATE: no connection came free within
     * {@code quarkus.datasource.jdbc.acquisition-timeout}. Recognised by where it was raised, not its wording.
     */
    private static boolean isPoolTimeout(SQLException sql) {
        StackTraceElement[] trace = sql.getStackTrace();
        return sql.getSQLState() == null && trace.length > 0 && trace[0].getClassName().startsWith("io.agroal.");
    }

    private static boolean isOutage(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("55000"));
    }
}
