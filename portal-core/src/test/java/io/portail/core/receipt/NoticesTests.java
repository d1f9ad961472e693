package io.portail.core.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.core.TestCommune;
import io.portail.core.calendar.fr.FrenchCalendars;
import io.portail.core.deadline.AcknowledgementDeadlines;
import io.portail.core.deadline.AppealDeadline;
import io.portail.core.deadline.ImplicitDecision;
import io.portail.core.procedure.Catalogue;
import io.portail.core.procedure.Procedure;
import io.portail.core.reference.Reference;
import io.portail.privacy.text.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NoticesTests {
    static final Catalogue CATALOGUE = TestCommune.catalogue();
    static final Procedure BIRTH = CATALOGUE.procedure("birth-record").orElseThrow();
    static final Reference REFERENCE = Reference.of("TV", "4KX7P9M3");
    static final Instant FRIDAY_20_MARCH_17_40_PARIS = Instant.parse("2026-03-20T16:40:00Z");

    static Notice registration() {
        return Notices.registration(
                REFERENCE,
                BIRTH.title(),
                CATALOGUE.commune(),
                BIRTH.service(),
                FRIDAY_20_MARCH_17_40_PARIS,
                AcknowledgementDeadlines.of(
                        LocalDate.of(2026, 3, 20), FrenchCalendars.forCommune("45998")));
    }

    @Nested
    class Registration {
        @Test
        void saysWhenTheReceiptWillComeInFrench() {
            // CRPA art. R112-11-2: receipt within ten working days, here 3 April 2026.
            assertThat(registration().text(Locale.FRENCH))
                    .isEqualTo(
                            """
                    Accusé d'enregistrement

                    Votre demande « Demander un acte de naissance » est bien enregistrée sous la\
                     référence %1$s, le vendredi 20 mars 2026 à 17 h 40 (heure de Paris).

                    Ce qui va se passer : la mairie de Testville vérifie votre demande et vous\
                     envoie un accusé de réception au plus tard le vendredi 27 mars 2026. Il vous\
                     dira quand une décision sera prise (article R112-11-2 du code des relations\
                     entre le public et l'administration).

                    Pour joindre une personne : Service état civil, Mairie de Testville, 2 rue de\
                     la Mairie, 45998 Testville. Téléphone : 02 61 91 00 20. E-mail :\
                     etat-civil@testville.example. Accueil sur place : lundi et mardi de 8 h 30 à 12 h ; mercredi de 8 h 30 à 12 h et de 14 h à 18 h ; jeudi et vendredi de 8 h 30 à 12 h.

                    Pour toute question, donnez votre référence : %1$s.
                    """
                                    .formatted(REFERENCE));
        }

        @Test
        void saysWhenTheReceiptWillComeInEnglish() {
            assertThat(registration().text(Locale.ENGLISH))
                    .isEqualTo(
                            """
                    Acknowledgement of registration

                    Your request "Ask for a birth record" is registered under reference %1$s, on\
                     Friday 20 March 2026 at 17:40 (Paris time).

                    What happens next: the town hall of Testville checks your request and sends\
                     you an acknowledgement of receipt by Friday 27 March 2026 at the latest. It\
                     will tell you when a decision will be made (article R112-11-2 of the French\
                     Code of Relations between the Public and the Administration).

                    To reach a person: Civil status office, Mairie de Testville, 2 rue de la\
                     Mairie, 45998 Testville. Phone: 02 61 91 00 20. Email:\
                     etat-civil@testville.example. At the desk: Monday and Tuesday 8:30 to 12:00; Wednesday 8:30 to 12:00 and 14:00 to 18:00; Thursday and Friday 8:30 to 12:00.

                    If you have a question, give your reference: %1$s.
                    """
                                    .formatted(REFERENCE));
        }
    }

    @Nested
    class Decision {
        @Test
        void givesTheAppealRoutesAndLastDayOfARefusal() {
            // CJA art. R421-1 and R421-5.
            Notice notice =
                    Notices.decision(
                            REFERENCE,
                            BIRTH.title(),
                            CATALOGUE.commune(),
                            BIRTH.service(),
                            false,
                            FRIDAY_20_MARCH_17_40_PARIS,
                            AppealDeadline.contentious(
                                    LocalDate.of(2026, 3, 20),
                                    FrenchCalendars.forCommune("45998")));

            assertThat(notice.paragraphs().get(0).fr())
                    .isEqualTo(
                            "La mairie de Testville a refusé votre demande « Demander un acte de"
                                    + " naissance » (référence "
                                    + REFERENCE
                                    + ") le vendredi 20 mars 2026.");
            assertThat(notice.paragraphs().get(1).fr())
                    .isEqualTo(
                            "Si vous n'êtes pas d'accord, vous pouvez contester cette décision"
                                    + " jusqu'au jeudi 21 mai 2026 : en écrivant à la mairie pour"
                                    + " lui demander de la revoir, ou en saisissant le tribunal"
                                    + " administratif d'Orléans, y compris en ligne sur"
                                    + " citoyens.telerecours.fr (articles R421-1 et R421-5 du code de"
                                    + " justice administrative).");
            assertThat(notice.title().en()).isEqualTo("Decision: your request is refused");
        }
    }

    @Nested
    class Attestation {
        @Test
        void certifiesTheImplicitAcceptance() {
            // CRPA art. L232-3; case F15 dates.
            Notice notice =
                    Notices.attestation(
                            REFERENCE,
                            BIRTH.title(),
                            CATALOGUE.commune(),
                            BIRTH.service(),
                            ImplicitDecision.acceptance(LocalDate.of(2026, 3, 16)),
                            LocalizedText.same("CRPA art. L231-1"),
                            Instant.parse("2026-05-20T08:00:00Z"));

            assertThat(notice.paragraphs().get(0).fr())
                    .isEqualTo(
                            "La mairie de Testville atteste que votre demande « Demander un acte de"
                                    + " naissance » (référence "
                                    + REFERENCE
                                    + ") est acceptée : elle n'y a pas répondu dans le délai prévu,"
                                    + " et son silence vaut acceptation (CRPA art. L231-1). Cette"
                                    + " acceptation est acquise depuis la fin du samedi 16 mai 2026 :"
                                    + " elle compte à partir du dimanche 17 mai 2026.");
            assertThat(notice.paragraphs().get(0).en())
                    .isEqualTo(
                            "The town hall of Testville certifies that your request \""
                                    + BIRTH.title().en()
                                    + "\" (reference "
                                    + REFERENCE
                                    + ") is accepted: it did not answer within the set period, and"
                                    + " its silence means yes (CRPA art. L231-1). This acceptance"
                                    + " has held since the end of Saturday 16 May 2026: it counts"
                                    + " from Sunday 17 May 2026.");
        }
    }

    @Nested
    class Payment {
        @Test
        void writesTheAmountInEachLanguage() {
            Notice notice =
                    Notices.payment(
                            REFERENCE,
                            CATALOGUE.commune(),
                            BIRTH.service(),
                            4250,
                            new LocalizedText("5 repas de cantine", "5 canteen meals"),
                            FRIDAY_20_MARCH_17_40_PARIS);

            assertThat(notice.paragraphs().get(0).fr())
                    .isEqualTo(
                            "La mairie de Testville a bien reçu votre paiement de 42,50\u00a0€ le"
                                    + " vendredi 20 mars 2026 à 17 h 40 (heure de Paris), pour : 5"
                                    + " repas de cantine.");
            assertThat(notice.paragraphs().get(0).en())
                    .isEqualTo(
                            "The town hall of Testville received your payment of €42.50 on Friday"
                                    + " 20 March 2026 at 17:40 (Paris time), for: 5 canteen meals.");
            assertThat(notice.facts()).containsEntry("amountCents", "4250");
        }

        @Test
        void groupsTheThousands() {
            Notice notice =
                    Notices.payment(
                            REFERENCE,
                            CATALOGUE.commune(),
                            BIRTH.service(),
                            123_456_789,
                            new LocalizedText("Travaux", "Works"),
                            FRIDAY_20_MARCH_17_40_PARIS);

            assertThat(notice.paragraphs().get(0).fr())
                    .contains("de 1\u202f234\u202f567,89\u00a0€ le");
            assertThat(notice.paragraphs().get(0).en()).contains("of €1,234,567.89 on");
        }
    }
}
