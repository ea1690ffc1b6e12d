package dev.gatehouse.password;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passay.DictionaryRule;
import org.passay.IllegalRegexRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.Rule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

/**
 * The rules every new password must pass, with Django's validators' messages.
 *
 * <p>In Django's default order: not too similar to the owner's username, first name, last name or
 * email (max similarity 0.7); 10 to 4096 characters; not among the shipped common passwords
 * (case-insensitive, surrounding whitespace ignored); not entirely numeric. Lengths count Java
 * characters (UTF-16 units), as Passay and the login length guard in {@link PasswordHashers} do.
 */
@ApplicationScoped
public class PasswordRules {

    private final int minLength;
    private final int maxLength;
    private final double maxSimilarity;
    private final Rule length;
    private final Rule common;
    private final Rule numeric = new IllegalRegexRule("^\\p{Nd}+$");

    @Inject
    public PasswordRules(PasswordConfig config) {
        if (config.similarity() < 0.1) {
            throw new IllegalStateException("gatehouse.password.similarity must be at least 0.1, as in Django");
        }
        this.minLength = config.minLength();
        this.maxLength = config.maxLength();
        this.maxSimilarity = config.similarity();
        this.length = new LengthRule(config.minLength(), config.maxLength());
        this.common = new DictionaryRule(new WordListDictionary(new ArrayWordList(CommonPasswords.load(), false, new ArraysSort())));
    }

    /** All violations at once, as human-readable messages (empty list = acceptable); a null owner skips the similarity rule. */
    public List<String> violations(String password, PasswordOwner owner) {
        String candidate = password == null ? "" : password;
        List<String> messages = new ArrayList<>();
        tooSimilarTo(candidate, owner).ifPresent(name -> messages.add("The password is too similar to the " + name + "."));
        if (!length.validate(new PasswordData(candidate)).isValid()) {
            messages.add(candidate.length() < minLength ? tooShort()
                    : "This password is too long. It must contain at most " + maxLength + " characters.");
        }
        // Django's CommonPasswordValidator compares password.lower().strip()
        if (!common.validate(new PasswordData(candidate.strip())).isValid()) {
            messages.add("This password is too common.");
        }
        if (!numeric.validate(new PasswordData(candidate)).isValid()) {
            messages.add("This password is entirely numeric.");
        }
        return List.copyOf(messages);
    }

    private String tooShort() {
        return "This password is too short. It must contain at least " + minLength
                + (minLength == 1 ? " character." : " characters.");
    }

    /** The first attribute (Django's order and verbose names) the password resembles. */
    private Optional<String> tooSimilarTo(String password, PasswordOwner owner) {
        if (owner == null) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("username", owner.username());
        attributes.put("first name", owner.firstName());
        attributes.put("last name", owner.lastName());
        attributes.put("email address", owner.email());
        return attributes.entrySet().stream()
                .filter(a -> a.getValue() != null && !a.getValue().isEmpty())
                .filter(a -> AttributeSimilarity.isTooSimilar(password, a.getValue(), maxSimilarity))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
