package io.portail.privacy.purpose;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.privacy.purpose.Right.Scope;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RightTests {
    @Nested
    class ScopeByBasis {
        @ParameterizedTest(name = "{0} under {1}: {2}")
        @CsvSource({
            // Art. 15, 16, 18: whatever the basis.
            "ACCESS, PUBLIC_TASK, FULL",
            "RECTIFICATION, LEGAL_OBLIGATION, FULL",
            "RESTRICTION, CONSENT, FULL",
            // Art. 17(3)(b): erasure limited under a legal obligation or a public task.
            "ERASURE, LEGAL_OBLIGATION, LIMITED",
            "ERASURE, PUBLIC_TASK, LIMITED",
            "ERASURE, CONSENT, FULL",
            // Art. 20(1)(a) and 20(3): portability only under consent or contract.
            "PORTABILITY, CONSENT, FULL",
            "PORTABILITY, CONTRACT, FULL",
            "PORTABILITY, PUBLIC_TASK, NONE",
            "PORTABILITY, LEGAL_OBLIGATION, NONE",
            // Art. 21(1): objection under a public task.
            "OBJECTION, PUBLIC_TASK, FULL",
            "OBJECTION, LEGAL_OBLIGATION, NONE",
            "OBJECTION, CONSENT, NONE",
            // Art. 7(3): withdrawal under consent only.
            "WITHDRAWAL, CONSENT, FULL",
            "WITHDRAWAL, PUBLIC_TASK, NONE"
        })
        void followsTheRegulation(Right right, LegalBasis basis, Scope scope) {
            assertThat(right.scopeUnder(basis)).isEqualTo(scope);
        }

        @Test
        void listsTheRightsOfALegalObligation() {
            assertThat(LegalBasis.LEGAL_OBLIGATION.rights())
                    .containsExactly(
                            Right.ACCESS, Right.RECTIFICATION, Right.ERASURE, Right.RESTRICTION);
        }

        @Test
        void listsTheRightsOfConsent() {
            assertThat(LegalBasis.CONSENT.rights())
                    .containsExactly(
                            Right.ACCESS,
                            Right.RECTIFICATION,
                            Right.ERASURE,
                            Right.RESTRICTION,
                            Right.PORTABILITY,
                            Right.WITHDRAWAL);
        }
    }

    @Nested
    class Consent {
        @Test
        void isAllowedOnlyUnderTheConsentBasis() {
            assertThat(LegalBasis.CONSENT.allowsConsent()).isTrue();
            assertThat(LegalBasis.PUBLIC_TASK.allowsConsent()).isFalse();
            assertThat(LegalBasis.LEGAL_OBLIGATION.allowsConsent()).isFalse();
        }
    }
}
