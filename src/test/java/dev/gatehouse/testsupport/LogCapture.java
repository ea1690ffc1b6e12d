package dev.gatehouse.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** Collects the formatted messages one logger (and its children) writes while attached, for tests about logs. */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());
    private final Logger logger;

    private LogCapture(Logger logger) {
        this.logger = logger;
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** Captures {@code loggerName} ("" for every logger) until {@link #close()}. */
    public static LogCapture of(String loggerName) {
        return new LogCapture(Logger.getLogger(loggerName));
    }

    /** The messages so far, formatted as the console formats their parameters. */
    public List<String> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    @Override
    public void publish(LogRecord record) {
        messages.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
