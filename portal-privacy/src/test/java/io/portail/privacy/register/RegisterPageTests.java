package io.portail.privacy.register;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.privacy.SaintExemple;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RegisterPageTests {
    private final Register register = SaintExemple.register();

    @Nested
    class French {
        @Test
        void opensWithTheControllerAndTheDpo() {
            // GDPR art. 30(1)(a).
            assertThat(RegisterPage.render(register, Locale.FRENCH))
                    .startsWith(
                            """
                            # Registre des traitements

                            - Responsable du traitement : Commune de Saint-Exemple, Mairie de Saint-Exemple, 1 place de la Mairie, 45999 Saint-Exemple
                            - Délégué à la protection des données : dpo@saint-exemple.example

                            ## Demandes d'actes d'état civil
                            """);
        }

        @Test
        void describesAnActivityWithEveryItemOfArticle30() {
            // GDPR art. 30(1)(b) to (g).
            assertThat(RegisterPage.render(register, Locale.FRENCH))
                    .contains(
                            """
                            ## Paiement des factures

                            - Identifiant : payments
                            - Finalité : Encaisser vos paiements, délivrer les quittances et tenir la comptabilité publique
                            - Base légale : une obligation légale de la commune (RGPD, article 6(1)(c))
                            - Texte applicable : Décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique
                            - Personnes concernées : les usagers, les représentants légaux
                            - Données : nom et prénoms (`identity.name`), adresse postale (`contact.address`), coordonnées bancaires (IBAN) (`financial.iban`), paiements et factures (`financial.payment`)
                            - Destinataires : le comptable public de la commune (Direction générale des finances publiques) ; le service de paiement en ligne de l'État (PayFiP)
                            - Transferts hors de l'Union européenne : aucun
                            - Conservation : Les données sont conservées 2 ans après leur enregistrement, puis gardées 8 ans en archive, avec un accès réservé à quelques agents, puis supprimées.
                            - Mesures de sécurité : coordonnées bancaires chiffrées ; accès réservé aux agents habilités, avec un identifiant personnel
                            """);
        }
    }

    @Nested
    class English {
        @Test
        void describesAnActivityInEnglish() {
            assertThat(RegisterPage.render(register, Locale.ENGLISH))
                    .startsWith("# Record of processing activities\n")
                    .contains(
                            """
                            ## School canteen

                            - Identifier: canteen
                            - Purpose: Register your child for school meals, prepare meals suited to their health and charge meals according to your family quotient
                            - Legal basis: a public task entrusted to the commune (GDPR, article 6(1)(e))
                            - Applicable text: Education Code, article L131-13 (access to school meals) and article D351-9 (individual care plan)
                            - Condition for sensitive data: a substantial public interest set out in law (GDPR, article 9(2)(g))
                            - Data subjects: children, parents and legal guardians
                            """)
                    .contains(
                            "- Retention: The data is kept for 1 year after the decision stops being"
                                    + " valid, then deleted. The data \"allergies and medical diet\""
                                    + " is kept for 1 month after the decision stops being valid,"
                                    + " then deleted.\n");
        }
    }
}
