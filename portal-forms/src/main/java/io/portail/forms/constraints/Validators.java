package io.portail.forms.constraints;

import static java.util.Objects.requireNonNull;

import io.portail.forms.internal.bv.Localised;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation validators for typed records, with the annotations of {@code
 * io.portail.forms.constraints.annotation} reporting the rules' own messages.
 *
 * <p>The validators use Hibernate Validator with its {@link ParameterMessageInterpolator}: no
 * Expression Language is ever evaluated, so nothing a resident typed can run as an expression even
 * if a constraint echoes it into its message (case F08). Each validator is built once and is
 * thread-safe.
 */
public final class Validators {
    private Validators() {}

    /**
     * Returns the validator with messages in French.
     *
     * @return the validator, the same instance at every call
     */
    public static Validator create() {
        return Holder.FRENCH;
    }

    /**
     * Returns the validator with messages in the resident's language.
     *
     * @param locale the resident's locale: English when its language is {@code en}, French
     *     otherwise
     * @return the validator, the same instance at every call for a language
     * @throws NullPointerException if {@code locale} is null
     */
    public static Validator create(Locale locale) {
        requireNonNull(locale, "locale");
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Holder.ENGLISH
                : Holder.FRENCH;
    }

    private static Validator build(Locale locale) {
        HibernateValidatorConfiguration configuration =
                Validation.byProvider(HibernateValidator.class).configure();
        ConstraintValidatorFactory defaults = configuration.getDefaultConstraintValidatorFactory();
        return configuration
                .messageInterpolator(new ParameterMessageInterpolator())
                .constraintValidatorFactory(new LocalisedFactory(defaults, locale))
                .buildValidatorFactory()
                .getValidator();
    }

    private static final class Holder {
        static final Validator FRENCH = build(Locale.FRENCH);
        static final Validator ENGLISH = build(Locale.ENGLISH);
    }

    /** Creates validators as usual, then gives the rule validators their locale. */
    private static final class LocalisedFactory implements ConstraintValidatorFactory {
        private final ConstraintValidatorFactory delegate;
        private final Locale locale;

        LocalisedFactory(ConstraintValidatorFactory delegate, Locale locale) {
            this.delegate = delegate;
            this.locale = locale;
        }

        @Override
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            T validator = delegate.getInstance(key);
            if (validator instanceof Localised localised) {
                localised.useLocale(locale);
            }
            return validator;
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
            delegate.releaseInstance(instance);
        }
    }
}
