package io.portail.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormDefinitionTests {
    @Nested
    class KindsInMessages {
        @ParameterizedTest(name = "{1}")
        @CsvSource({
            "integer, an integer",
            "amount, an amount",
            "email, an email",
            "iban, an iban",
            "attachment, an attachment",
            "ants-pre-demande, an ants-pre-demande",
            "rna, an rna",
            "nir, a nir",
            "date, a date",
            "single-choice, a single-choice",
            "yes-no, a yes-no",
            "group, a group",
        })
        void nameAKindWithItsArticle(String kind, String named) {
            assertThat(FormDefinition.withArticle(kind)).isEqualTo(named);
        }
    }
}
