package dev.gatehouse.user;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Django's username rule (UnicodeUsernameValidator): up to 150 letters, digits and {@code @.+-_}. */
@Size(max = 150)
@Pattern(regexp = "^[\\w.@+-]+$", flags = Pattern.Flag.UNICODE_CASE, message = "may contain only letters, digits and @.+-_")
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface Username {
    String message() default "is not a valid username";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
