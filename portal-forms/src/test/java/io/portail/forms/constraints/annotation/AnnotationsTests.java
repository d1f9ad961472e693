package io.portail.forms.constraints.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.Validators;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnnotationsTests {
    /** The problem a violation carries for callers that map it to their own codes. */
    @SuppressWarnings("unchecked") // HibernateConstraintViolation is generic; unwrap gives it raw
    static Problem payload(jakarta.validation.ConstraintViolation<?> violation) {
        HibernateConstraintViolation<Object> hibernate =
                violation.unwrap(HibernateConstraintViolation.class);
        return hibernate.getDynamicPayload(Problem.class);
    }

    /** A typed form, as a host application would write it. Invented data only. */
    record Applicant(
            @PersonName String familyName,
            @Nir @Nullable String nir,
            @Email @Nullable String email,
            @FrenchPhone @Nullable String phone,
            @Street String street,
            @PostalCode String postalCode,
            @InseeCode String commune,
            @Iban @Nullable String iban,
            @Siret @Nullable String siret,
            @Siren @Nullable String siren,
            @Rna @Nullable String rna,
            @FiscalNumber @Nullable String fiscalNumber,
            @AntsPreDemande @Nullable String antsNumber) {}

    record Address(@QuotingStreet String street) {}

    record OurAddress(@Street String street) {}

    /** A typed record with a date, bound by Jackson or typed as text. Invented data only. */
    record Child(@CalendarDate @Past LocalDate birthDate, @CalendarDate @Nullable String typed) {}

    private static Applicant valid() {
        return new Applicant(
                "L\u2019Hermitte-Dubois",
                "2 95 04 98 735 021 80",
                "camille.martin@exemple.fr",
                "06 85 12 34 56",
                "12 rue de l\u2019\u00C9glise",
                "01400",
                "01001",
                "FR76 3000 1007 9412 3456 7890 185",
                "732 829 320 00074",
                "732 829 320",
                "W751234567",
                "21 03 456 789 406",
                "1A2B3C4D5E");
    }

    @Nested
    class Valid {
        @Test
        void validRecordHasNoViolation() {
            assertThat(Validators.create().validate(valid())).isEmpty();
        }

        @Test
        void nullIsValidAsBeanValidationExpects() {
            Applicant a = valid();
            Applicant withNulls =
                    new Applicant(
                            a.familyName(),
                            null,
                            null,
                            null,
                            a.street(),
                            a.postalCode(),
                            a.commune(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null);

            assertThat(Validators.create().validate(withNulls)).isEmpty();
        }
    }

    @Nested
    class Messages {
        @Test
        void violationCarriesTheRuleMessageInFrenchAndTheProblem() {
            Applicant a = valid();
            Applicant wrongKey =
                    new Applicant(
                            a.familyName(),
                            "2 95 04 98 735 021 81",
                            a.email(),
                            a.phone(),
                            a.street(),
                            a.postalCode(),
                            a.commune(),
                            a.iban(),
                            a.siret(),
                            a.siren(),
                            a.rna(),
                            a.fiscalNumber(),
                            a.antsNumber());

            Set<ConstraintViolation<Applicant>> violations = Validators.create().validate(wrongKey);

            assertThat(violations).hasSize(1);
            ConstraintViolation<Applicant> violation = violations.iterator().next();
            assertThat(violation.getPropertyPath().toString()).isEqualTo("nir");
            assertThat(violation.getMessage())
                    .isEqualTo(
                            "Les 2 derniers chiffres (la clé) ne correspondent pas au reste du"
                                    + " numéro de sécurité sociale ; vérifiez chaque chiffre sur"
                                    + " votre carte Vitale");
            assertThat(payload(violation)).isEqualTo(Problem.WRONG_KEY);
        }

        @Test
        void englishValidatorGivesEnglishMessages() {
            Applicant a = valid();
            Applicant badPostalCode =
                    new Applicant(
                            a.familyName(),
                            a.nir(),
                            a.email(),
                            a.phone(),
                            a.street(),
                            "1400",
                            a.commune(),
                            a.iban(),
                            a.siret(),
                            a.siren(),
                            a.rna(),
                            a.fiscalNumber(),
                            a.antsNumber());

            Set<ConstraintViolation<Applicant>> violations =
                    Validators.create(Locale.ENGLISH).validate(badPostalCode);

            assertThat(violations)
                    .extracting(ConstraintViolation::getMessage)
                    .containsExactly(
                            "Some digits are missing: the postal code has 5, for example 01400,"
                                    + " with the leading 0 if there is one");
        }

        @Test
        void everyAnnotatedPartReportsItsOwnProblem() {
            Applicant wrong =
                    new Applicant(
                            "1", "1", "x", "x", "$", "x", "00000", "x", "1", "1", "x", "x", "!");

            Set<ConstraintViolation<Applicant>> violations = Validators.create().validate(wrong);

            assertThat(violations)
                    .extracting(v -> v.getPropertyPath().toString())
                    .containsExactlyInAnyOrderElementsOf(
                            List.of(
                                    "familyName",
                                    "nir",
                                    "email",
                                    "phone",
                                    "street",
                                    "postalCode",
                                    "commune",
                                    "iban",
                                    "siret",
                                    "siren",
                                    "rna",
                                    "fiscalNumber",
                                    "antsNumber"));
        }
    }

    @Nested
    class Dates {
        @Test
        void refusesAYearBeforeTheYear1000AsTheFormEngineDoes() {
            // "0091" typed for 1991: Jackson binds 14/07/0091 to the year 91, which @Past accepts
            Set<ConstraintViolation<Child>> violations =
                    Validators.create().validate(new Child(LocalDate.of(91, 7, 14), "14/07/0091"));

            assertThat(violations)
                    .extracting(
                            v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                    .containsExactlyInAnyOrder(
                            tuple(
                                    "birthDate",
                                    "L’année semble incomplète ou inexacte ; saisissez la date avec l’année"
                                            + " complète, par exemple 14/07/2024"),
                            tuple(
                                    "typed",
                                    "L’année semble incomplète ou inexacte ; saisissez la date avec l’année"
                                            + " complète, par exemple 14/07/2024"));
            assertThat(violations)
                    .extracting(AnnotationsTests::payload)
                    .containsOnly(Problem.OUT_OF_RANGE);
        }

        @Test
        void acceptsTheYear1000AndAPlausibleDateAndSaysItInEnglish() {
            assertThat(
                            Validators.create()
                                    .validate(new Child(LocalDate.of(1000, 1, 1), "14/07/1991")))
                    .isEmpty();
            assertThat(
                            Validators.create(Locale.ENGLISH)
                                    .validate(new Child(LocalDate.of(999, 12, 31), null)))
                    .extracting(ConstraintViolation::getMessage)
                    .containsExactly(
                            "The year seems incomplete or wrong; enter the date with the full year,"
                                    + " for example 14/07/2024");
        }
    }

    @Nested
    class ExpressionsAreNeverEvaluated {
        @Test
        void valueQuotedIntoATemplateIsShownLiterally() {
            // F08: a street holding ${1+1}, echoed by a careless constraint into its message
            Validator validator = Validators.create();

            Set<ConstraintViolation<Address>> violations =
                    validator.validate(new Address("${1+1}"));

            assertThat(violations)
                    .extracting(ConstraintViolation::getMessage)
                    .containsExactly("Voie refusée : ${1+1}");
        }

        @Test
        void ourStreetRuleRefusesTheSignsAndNeverQuotesTheValue() {
            // F08 with the library's own rule
            Set<ConstraintViolation<OurAddress>> violations =
                    Validators.create().validate(new OurAddress("${1+1}"));

            assertThat(violations)
                    .extracting(ConstraintViolation::getMessage)
                    .containsExactly(
                            "L’adresse ne peut contenir que des lettres, des chiffres, des"
                                    + " espaces et les signes ’ - , . / °");
        }
    }
}
