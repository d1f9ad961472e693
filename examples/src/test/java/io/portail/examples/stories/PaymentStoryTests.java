package io.portail.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The story prints, word for word, what the resident reads: an abandoned attempt, then a payment
 * whose notification arrives twice and pays once (case F14).
 */
class PaymentStoryTests {

    @Nested
    class Output {
        @Test
        void readsInFrenchByDefault() {
            assertThat(Print.story(PaymentStory::run, Locale.FRENCH))
                    .isEqualTo(
                            "Payer la facture de cantine de mars à Saint-Exemple\n"
                                    + "Facture CANTINE-2026-0042 : 42,50\u00a0€\n"
                                    + "\n"
                                    + "La mairie demande le paiement à PayFiP avec :\n"
                                    + "  exer=2026\n"
                                    + "  refdet=CANTINE20260042\n"
                                    + "  montant=4250\n"
                                    + "  objet=Restauration scolaire mars 2026\n"
                                    + "  saisie=T\n"
                                    + "\n"
                                    + "Premier essai : Alex ferme la page de paiement.\n"
                                    + "→ Le paiement a été interrompu. La facture"
                                    + " CANTINE-2026-0042 reste à payer : vous pouvez la payer"
                                    + " plus tard.\n"
                                    + "\n"
                                    + "Deuxième essai, le même jour : le paiement passe.\n"
                                    + "→ Votre paiement de 42,50\u00a0€ pour la facture"
                                    + " CANTINE-2026-0042 est enregistré. Voici votre reçu.\n"
                                    + "\n"
                                    + "Reçu de paiement n° QP-1\n"
                                    + "Mairie de Saint-Exemple\n"
                                    + "\n"
                                    + "Vous avez payé 42,50\u00a0€ le lundi 16 mars 2026 à 10 h 05"
                                    + " (heure de Paris).\n"
                                    + "Facture : CANTINE-2026-0042 (Restauration scolaire, mars"
                                    + " 2026)\n"
                                    + "Transaction : TX-000123\n"
                                    + "\n"
                                    + "Ce reçu vous est délivré par voie électronique (article"
                                    + " L112-11 du code des relations entre le public et"
                                    + " l'administration). Gardez-le : il prouve votre paiement.\n"
                                    + "\n"
                                    + "PayFiP envoie la même notification une deuxième fois.\n"
                                    + "→ Notification déjà reçue : rien ne change. Reçus délivrés"
                                    + " : 1\n");
        }

        @Test
        void readsInEnglish() {
            assertThat(Print.story(PaymentStory::run, Locale.ENGLISH))
                    .isEqualTo(
                            "Pay the March canteen invoice in Saint-Exemple\n"
                                    + "Invoice CANTINE-2026-0042: €42.50\n"
                                    + "\n"
                                    + "The town hall asks PayFiP for the payment with:\n"
                                    + "  exer=2026\n"
                                    + "  refdet=CANTINE20260042\n"
                                    + "  montant=4250\n"
                                    + "  objet=Restauration scolaire mars 2026\n"
                                    + "  saisie=T\n"
                                    + "\n"
                                    + "First try: Alex closes the payment page.\n"
                                    + "→ The payment was interrupted. Invoice CANTINE-2026-0042 is"
                                    + " still to be paid: you can pay it later.\n"
                                    + "\n"
                                    + "Second try, the same day: the payment goes through.\n"
                                    + "→ Your payment of €42.50 for invoice CANTINE-2026-0042 is"
                                    + " recorded. Here is your receipt.\n"
                                    + "\n"
                                    + "Payment receipt no. QP-1\n"
                                    + "Town hall of Saint-Exemple\n"
                                    + "\n"
                                    + "You paid €42.50 on Monday 16 March 2026 at 10:05 (Paris"
                                    + " time).\n"
                                    + "Invoice: CANTINE-2026-0042 (School meals, March 2026)\n"
                                    + "Transaction: TX-000123\n"
                                    + "\n"
                                    + "This receipt is given to you electronically (article"
                                    + " L112-11 of the French Code of Relations between the Public"
                                    + " and the Administration). Keep it: it proves your payment.\n"
                                    + "\n"
                                    + "PayFiP sends the same notification a second time.\n"
                                    + "→ Notification already received: nothing changes. Receipts"
                                    + " issued: 1\n");
        }
    }
}
