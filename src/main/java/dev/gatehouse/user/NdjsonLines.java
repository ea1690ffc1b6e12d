package dev.gatehouse.user;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads NDJSON one line at a time with a cap on line length, so one endless line cannot exhaust
 * memory; BufferedReader.readLine has no such cap.
 */
final class NdjsonLines {

    /** A line over the cap: its text is dropped and the reader moves to the next line. */
    static final String TOO_LONG = "\u0000too-long";

    private final Reader in;
    private final int maxChars;
    private long number;

    NdjsonLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, {@link #TOO_LONG}, or null at the end of input. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean overflow = false;
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (line.length() < maxChars) {
                line.append((char) c);
            } else {
                overflow = true;
            }
        }
        if (c == -1 && line.isEmpty() && !overflow) {
            return null;
        }
        number++;
        return overflow ? TOO_LONG : line.toString();
    }

    /** The 1-based number of the line last returned. */
    long number() {
        return number;
    }
}
