package dev.gatehouse.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRulesTest {

    private static final PasswordRules RULES = new PasswordRules(TestPasswordConfig.defaults());
    private static final PasswordOwner NOBODY = new PasswordOwner(null, null, null, null);

    @Test
    void violationsWhenStrongPasswordThenNone() {
        assertEquals(List.of(), RULES.violations("quartz-Ostrich-lantern-42", new PasswordOwner("ada@example.com", "ada", "Ada", "Lovelace")));
        assertEquals(List.of(), RULES.violations("quartz-Ostrich-lantern-42", null));
    }

    @Test
    void violationsWhenShortThenDjangosMessage() {
        assertEquals(List.of("This password is too short. It must contain at least 10 characters."), RULES.violations("Xq7#vLp2", NOBODY));
        assertEquals(List.of("This password is too short. It must contain at least 10 characters."), RULES.violations(null, NOBODY));
    }

    @Test
    void violationsWhenLongerThanMaxLengthThenTooLong() {
        assertEquals(List.of("This password is too long. It must contain at most 4096 characters."), RULES.violations("Xq7#vLp2".repeat(513), NOBODY));
        assertEquals(List.of(), RULES.violations("Xq7#vLp2".repeat(512), NOBODY));
    }

    @Test
    void violationsWhenCommonThenTooCommonIgnoringCaseAndSurroundingSpaces() {
        assertEquals(List.of("This password is too common."), RULES.violations("PASSWORD123", NOBODY));
        assertEquals(List.of("This password is too common."), RULES.violations("  iloveyou12 ", NOBODY));
        assertEquals(List.of("This password is too common."), RULES.violations("bigpimpin1", NOBODY), "from Django's list");
    }

    @Test
    void commonListWhenLoadedThenAtLeast20000Entries() {
        assertTrue(CommonPasswords.load().length >= 20_000);
    }

    @Test
    void violationsWhenAllDigitsThenEntirelyNumeric() {
        assertEquals(List.of("This password is entirely numeric."), RULES.violations("8405729163", NOBODY));
        assertEquals(List.of("This password is entirely numeric."), RULES.violations("٨٤٠٥٧٢٩١٦٣", NOBODY), "Unicode digits, as str.isdigit()");
    }

    @Test
    void violationsWhenSeveralRulesFailThenAllListedInDjangosOrder() {
        assertEquals(List.of("This password is too short. It must contain at least 10 characters.",
                "This password is too common.", "This password is entirely numeric."), RULES.violations("123456", NOBODY));
        assertEquals(List.of("The password is too similar to the username.",
                "This password is too short. It must contain at least 10 characters."),
                RULES.violations("adalove", new PasswordOwner(null, "adalove", null, null)));
    }

    @ParameterizedTest
    @CsvSource({
        "testclient99, username, The password is too similar to the username.",
        "Lovelace-1815, last, The password is too similar to the last name.",
        "augustaada12, first, The password is too similar to the first name.",
        "ada.lovelace@example.org, email, The password is too similar to the email address.",
        "examplecom9, email, The password is too similar to the email address."})
    void violationsWhenSimilarToAnAttributeThenNamesItAsDjangoDoes(String password, String which, String message) {
        PasswordOwner owner = switch (which) {
            case "username" -> new PasswordOwner(null, "testclient", null, null);
            case "first" -> new PasswordOwner(null, null, "Augusta Ada", null);
            case "last" -> new PasswordOwner(null, null, null, "Lovelace");
            default -> new PasswordOwner("ada.lovelace@example.com", null, null, null);
        };
        assertEquals(List.of(message), RULES.violations(password, owner));
    }

    /** Expected values from Python 3.11 difflib and Django 3.2.25's UserAttributeSimilarityValidator. */
    @ParameterizedTest
    @CsvSource({
        "testclient, testclient, true, 1.000000",
        "testclient1, testclient@example.com, true, 0.606061",
        "example.com, testclient@example.com, true, 0.666667",
        "exampleorg, testclient@example.com, true, 0.500000",
        "john-doe-1234, John Doe, false, 0.666667",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxab, ab, false, 0.070175",
        "lètmeinplease, lètmein, true, 0.700000",
        "correcthorse, @horse., false, 0.526316",
        "Plover123, plover, true, 0.800000",
        "zyxwvutsrq, abcdefghij, false, 0.000000"})
    void similarityWhenComparedWithDjangoThenSameAnswer(String password, String value, boolean similar, double ratio) {
        assertEquals(ratio, AttributeSimilarity.quickRatio(password.toLowerCase(), value.toLowerCase()), 1e-6);
        assertEquals(similar, AttributeSimilarity.isTooSimilar(password, value, 0.7));
    }

    @Test
    void similarityWhenPasswordFarLongerThanValueThenSkippedAsDjangoDoes() {
        assertTrue(AttributeSimilarity.exceedsMaximumLengthRatio("a".repeat(100), 0.7, "ab"));
        assertEquals(List.of(), RULES.violations("Ab".repeat(60) + "-zq", new PasswordOwner(null, "ab", null, null)));
    }

    @Test
    void constructorWhenSimilarityBelowDjangosMinimumThenFailsAtBoot() {
        TestPasswordConfig d = TestPasswordConfig.defaults();
        TestPasswordConfig tooLow = new TestPasswordConfig(d.algorithm(), 19456, 2, 1, 1000, 12, 16384, 8, 1, 10, 4096, 0.05, d.limits());
        assertThrows(IllegalStateException.class, () -> new PasswordRules(tooLow));
    }
}
