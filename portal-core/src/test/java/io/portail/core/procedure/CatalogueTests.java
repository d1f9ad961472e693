package io.portail.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.TestCommune;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.validation.Answer;
import io.portail.forms.validation.NormalisedAnswers;
import io.portail.privacy.text.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogueTests {
    static final Catalogue CATALOGUE = TestCommune.catalogue();
    static final Procedure TERRACE = CATALOGUE.procedure("terrace-permit").orElseThrow();

    static Procedure version(int version, Availability availability) {
        return new Procedure(
                TERRACE.id(),
                version,
                TERRACE.title(),
                TERRACE.summary(),
                TERRACE.service(),
                TERRACE.form(),
                TERRACE.activity(),
                TERRACE.regime(),
                availability,
                List.of(),
                0);
    }

    static Catalogue with(Procedure... procedures) {
        List<Procedure> all = new ArrayList<>(List.of(procedures));
        all.add(CATALOGUE.procedure("birth-record").orElseThrow());
        return new Catalogue(CATALOGUE.commune(), all, CATALOGUE.register());
    }

    @Nested
    class Versions {
        @Test
        void findsTheLatestPublishedVersionNotADraft() {
            Catalogue catalogue =
                    with(
                            version(
                                    1,
                                    new Availability(
                                            Availability.Status.RETIRED,
                                            LocalDate.of(2025, 1, 1),
                                            null,
                                            LocalDate.of(2026, 3, 9))),
                            version(
                                    2,
                                    new Availability(
                                            Availability.Status.PUBLISHED,
                                            LocalDate.of(2026, 3, 10),
                                            LocalDate.of(2026, 3, 10),
                                            null)),
                            version(
                                    3,
                                    new Availability(Availability.Status.DRAFT, null, null, null)));

            assertThat(catalogue.procedure("terrace-permit").orElseThrow().version()).isEqualTo(2);
            assertThat(catalogue.procedure("terrace-permit", 3)).isPresent();
            assertThat(catalogue.availableOn(LocalDate.of(2026, 3, 9)))
                    .extracting(Procedure::id)
                    .containsExactly("birth-record");
            assertThat(catalogue.publishedSince(LocalDate.of(2026, 3, 1)))
                    .extracting(Procedure::version)
                    .containsExactly(2);
        }

        @Test
        void refusesTwoProceduresWithTheSameIdAndVersion() {
            Availability always = Availability.always();

            assertThatThrownBy(() -> with(version(2, always), version(2, always)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Two procedures share the id terrace-permit and the version 2");
        }

        @Test
        void refusesAnAvailabilityThatEndsBeforeItStarts() {
            assertThatThrownBy(
                            () ->
                                    new Availability(
                                            Availability.Status.PUBLISHED,
                                            null,
                                            LocalDate.of(2026, 3, 10),
                                            LocalDate.of(2026, 3, 9)))
                    .hasMessage(
                            "A procedure is available until a day after it is available from:"
                                    + " 2026-03-10 then 2026-03-09");
        }
    }

    @Nested
    class DocumentsAndFees {
        @Test
        void readsFeesDocumentsAndConditionsFromTheCatalogue() {
            assertThat(TERRACE.feeCents()).isEqualTo(4500);
            assertThat(TERRACE.isFree()).isFalse();
            assertThat(CATALOGUE.procedure("birth-record").orElseThrow().isFree()).isTrue();
            assertThat(TERRACE.availability().publishedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(TERRACE.documents())
                    .extracting(SupportingDocument::code)
                    .containsExactly("insurance", "lease");
        }

        @Test
        void asksForADocumentOnlyWhenItsConditionHolds() {
            FormDefinition form = TERRACE.form();
            NormalisedAnswers none = new NormalisedAnswers(List.of());
            NormalisedAnswers withEmail =
                    new NormalisedAnswers(
                            List.of(
                                    new Answer(
                                            form.field("email").orElseThrow(),
                                            "cafe@exemple.fr",
                                            "cafe@exemple.fr",
                                            LocalizedText.same("cafe@exemple.fr"))));

            assertThat(TERRACE.documentsFor(none))
                    .extracting(SupportingDocument::code)
                    .containsExactly("insurance");
            assertThat(TERRACE.documentsFor(withEmail))
                    .extracting(SupportingDocument::code)
                    .containsExactly("insurance", "lease");
        }

        @Test
        void asksForADocumentByTheAgeOfADateOnTheDayGiven() {
            // A child born less than 3 years before the day of the request needs a health record.
            var birth =
                    io.portail.forms.definition.Field.builder(
                                    "birth",
                                    new io.portail.forms.definition.FieldType.DateField(
                                            io.portail.forms.definition.DateRange.PAST),
                                    LocalizedText.same("Naissance"),
                                    io.portail.privacy.category.DataCategory.IDENTITY)
                            .build();
            SupportingDocument record =
                    new SupportingDocument(
                            "health-record",
                            LocalizedText.same("Carnet de santé"),
                            new io.portail.forms.definition.Condition.Compare(
                                    "birth",
                                    io.portail.forms.definition.Condition.Comparison.GREATER_THAN,
                                    "today-P3Y"));
            NormalisedAnswers answers =
                    new NormalisedAnswers(
                            List.of(
                                    new Answer(
                                            birth,
                                            LocalDate.of(2023, 9, 1),
                                            "2023-09-01",
                                            LocalizedText.same("01/09/2023"))));

            assertThat(record.isAskedFor(answers, LocalDate.of(2026, 8, 31))).isTrue();
            assertThat(record.isAskedFor(answers, LocalDate.of(2026, 9, 1))).isFalse();
            assertThatThrownBy(() -> record.isAskedFor(answers))
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void refusesANegativeFee() {
            assertThatThrownBy(
                            () ->
                                    new Procedure(
                                            TERRACE.id(),
                                            1,
                                            TERRACE.title(),
                                            TERRACE.summary(),
                                            TERRACE.service(),
                                            TERRACE.form(),
                                            TERRACE.activity(),
                                            TERRACE.regime(),
                                            Availability.always(),
                                            List.of(),
                                            -1))
                    .hasMessage("A fee is zero or more cents: -1");
        }
    }
}
