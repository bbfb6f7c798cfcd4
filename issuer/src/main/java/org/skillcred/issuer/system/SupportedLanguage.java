package org.skillcred.issuer.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.skillcred.core.i18n.Languages;

/**
 * A language code the issuer writes certificates, pages and e-mails in (any with a labels file);
 * null is allowed.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SupportedLanguage.Check.class)
public @interface SupportedLanguage {

	String message() default "is not a supported language";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks against the languages there are labels for. */
	class Check implements ConstraintValidator<SupportedLanguage, String> {

		private final Languages languages;

		Check(Languages languages) {
			this.languages = languages;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || languages.supports(value)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", languages.codes()))
				.addConstraintViolation();
			return false;
		}

	}

}
