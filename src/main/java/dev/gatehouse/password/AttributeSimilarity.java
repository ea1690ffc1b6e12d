package dev.gatehouse.password;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Django's UserAttributeSimilarityValidator test for one attribute value.
 *
 * <p>Java has no difflib, so {@link #quickRatio} re-implements Python's
 * {@code SequenceMatcher(a, b).quick_ratio()}: twice the size of the multiset intersection of the
 * two strings' characters over their total length (an upper bound of {@code ratio()}, and what Django uses).
 * Strings are compared by code point, as Python compares str characters.
 */
final class AttributeSimilarity {

    private static final Pattern NON_WORD = Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);

    private AttributeSimilarity() {
    }

    /** Whether the password is at least {@code maxSimilarity} similar to the value or any of its word-split parts. */
    static boolean isTooSimilar(String password, String value, double maxSimilarity) {
        String passwordLower = password.toLowerCase(Locale.ROOT);
        String valueLower = value.toLowerCase(Locale.ROOT);
        // re.split(r'\W+', value) + [value]; Python keeps leading/trailing empty parts, hence limit -1
        String[] split = NON_WORD.split(valueLower, -1);
        String[] parts = java.util.Arrays.copyOf(split, split.length + 1);
        parts[split.length] = valueLower;
        for (String part : parts) {
            if (!exceedsMaximumLengthRatio(passwordLower, maxSimilarity, part)
                    && quickRatio(passwordLower, part) >= maxSimilarity) {
                return true;
            }
        }
        return false;
    }

    /** Django 3.2.x+: skip values far shorter than the password, whose ratio can never reach the bound, to avoid wasted work. */
    static boolean exceedsMaximumLengthRatio(String password, double maxSimilarity, String value) {
        int passwordLength = password.codePointCount(0, password.length());
        int valueLength = value.codePointCount(0, value.length());
        double lengthBoundSimilarity = maxSimilarity / 2 * passwordLength;
        return passwordLength >= 10 * valueLength && valueLength < lengthBoundSimilarity;
    }

    static double quickRatio(String a, String b) {
        Map<Integer, Integer> available = new HashMap<>();
        b.codePoints().forEach(c -> available.merge(c, 1, Integer::sum));
        int matches = 0;
        for (int c : a.codePoints().toArray()) {
            int left = available.getOrDefault(c, 0);
            available.put(c, left - 1);
            if (left > 0) {
                matches++;
            }
        }
        int length = a.codePointCount(0, a.length()) + b.codePointCount(0, b.length());
        return length == 0 ? 1.0 : 2.0 * matches / length;
    }
}
