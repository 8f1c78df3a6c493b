package ma.innovatice.common.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text a person may write and that others will read, print or mail: no control characters
 * (tab, line feed and carriage return only where {@link #multiline()}), no Unicode noncharacters
 * (U+FFFE, U+FFFF and the like, U+FDD0 to U+FDEF) and no unpaired surrogates. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** Whether tab and line breaks are allowed (long texts); never in names and titles. */
    boolean multiline() default false;

    String message() default "must not contain control characters, Unicode noncharacters or unpaired surrogates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
