package io.portail.privacy.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.privacy.SaintExemple;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NoticeWriterTests {
    @Nested
    class WordForWord {
        @Test
        void writesTheCanteenNoticeInFrench() {
            // GDPR art. 13(1) and 13(2); art. 9(2)(g) for the allergy data.
            NoticeText notice = NoticeWriter.write(SaintExemple.register(), "canteen");

            assertThat(notice.in(Locale.FRENCH))
                    .isEqualTo(
                            """
                            Vos données personnelles : Restauration scolaire

                            Qui utilise vos données : Commune de Saint-Exemple, Mairie de Saint-Exemple, 1 place de la Mairie, 45999 Saint-Exemple.
                            Délégué à la protection des données : dpo@saint-exemple.example.
                            Pourquoi : Inscrire votre enfant à la cantine, préparer des repas adaptés à sa santé et facturer les repas selon votre quotient familial.
                            Ce traitement repose sur une mission de service public confiée à la commune (RGPD, article 6(1)(e)). Texte applicable : Code de l'éducation, article L131-13 (accès à la cantine) et article D351-9 (projet d'accueil individualisé).
                            Les données sensibles (allergies et régime alimentaire médical) sont utilisées sur ce fondement : un motif d'intérêt public important prévu par un texte (RGPD, article 9(2)(g)).
                            Données utilisées : identité, coordonnées, situation familiale, informations sur l'enfant, quotient familial, allergies et régime alimentaire médical.
                            Qui les reçoit : les agents de la restauration scolaire ; le directeur ou la directrice de l'école, pour le projet d'accueil individualisé.
                            Envoi hors de l'Union européenne : aucun.
                            Combien de temps :
                            - Vos données sont conservées 1 an après la fin de validité de la décision, puis supprimées.
                            - Les données « allergies et régime alimentaire médical » sont conservées 1 mois après la fin de validité de la décision, puis supprimées.
                            Faut-il fournir ces données ? Ces données sont nécessaires pour traiter votre demande. Sans elles, votre enfant ne peut pas être inscrit à la cantine. Les informations sur les allergies ne sont demandées que si un projet d'accueil individualisé existe.

                            Vos droits : vous pouvez
                            - accéder à vos données
                            - les faire rectifier
                            - les faire effacer
                            - en limiter l'utilisation
                            - vous opposer à leur utilisation, pour des raisons tenant à votre situation particulière
                            La commune garde ces données tant que sa mission l'exige : elle les efface ensuite, ou plus tôt si votre opposition est acceptée (RGPD, article 17(3)(b)).
                            Pour exercer vos droits, écrivez au délégué à la protection des données : dpo@saint-exemple.example.
                            Si vous pensez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL : www.cnil.fr, ou par courrier à CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.
                            """);
        }

        @Test
        void writesTheNewsletterNoticeInEnglish() {
            // GDPR art. 13(2)(c): the right to withdraw consent; art. 20(1)(a): portability.
            NoticeText notice = NoticeWriter.write(SaintExemple.register(), "newsletter");

            assertThat(notice.in(Locale.ENGLISH))
                    .isEqualTo(
                            """
                            Your personal data: The commune's newsletter

                            Who uses your data: Commune de Saint-Exemple, Mairie de Saint-Exemple, 1 place de la Mairie, 45999 Saint-Exemple.
                            Data protection officer: dpo@saint-exemple.example.
                            Why: Send you the commune's newsletter if you wish.
                            This processing rests on your consent (GDPR, article 6(1)(a)).
                            Data used: email address, communication preferences.
                            Who receives it: the commune's communication office.
                            Sent outside the European Union: the email delivery provider, in the United States, certified under the EU-U.S. Data Privacy Framework (European Commission adequacy decision of 10 July 2023).
                            How long:
                            - Your data is kept for 3 years after its last update, then deleted.
                            Must you provide this data? You are free to provide this data. If you do not, you will not receive this service, with no other consequence.

                            Your rights: you can
                            - access your data
                            - have it corrected
                            - have it erased
                            - have its use restricted
                            - receive it in a common format to reuse it
                            - withdraw your consent at any time, as easily as you gave it
                            Withdrawing your consent does not affect what was done before.
                            To exercise your rights, write to the data protection officer: dpo@saint-exemple.example.
                            If you think your rights are not respected, you can complain to the CNIL, the French data protection authority: www.cnil.fr, or by post to CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France.
                            """);
        }
    }

    @Nested
    class ByBasis {
        @Test
        void aLegalObligationLimitsErasureAndOffersNoObjection() {
            // GDPR art. 17(3)(b) and art. 21(1).
            String fr = NoticeWriter.write(SaintExemple.register(), "payments").fr();

            assertThat(fr)
                    .contains(
                            "La commune doit garder ces données pendant la durée prévue par la loi"
                                    + " : elle ne peut les effacer qu'ensuite (RGPD, article"
                                    + " 17(3)(b)).")
                    .contains(
                            "- Vos données sont conservées 2 ans après leur enregistrement, puis"
                                    + " gardées 8 ans en archive, avec un accès réservé à quelques"
                                    + " agents, puis supprimées.")
                    .contains("Faut-il fournir ces données ? La loi impose de fournir ces données.")
                    .doesNotContain("vous opposer")
                    .doesNotContain("format courant");
        }

        @Test
        void refusesAnActivityTheRegisterDoesNotHold() {
            assertThatThrownBy(() -> NoticeWriter.write(SaintExemple.register(), "bingo"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("No processing activity in the register: bingo");
        }
    }

    @Nested
    class EveryActivity {
        @Test
        void everyNoticeOfTheRegisterNamesTheCnilAndTheDpo() {
            // GDPR art. 13(1)(b) and 13(2)(d).
            var register = SaintExemple.register();
            for (var activity : register.activities()) {
                NoticeText notice = NoticeWriter.write(register, activity.id());

                assertThat(notice.fr())
                        .as(activity.id())
                        .contains("réclamation à la CNIL")
                        .contains(
                                "Délégué à la protection des données : dpo@saint-exemple.example.")
                        .doesNotContain("null");
                assertThat(notice.en())
                        .as(activity.id())
                        .contains("complain to the CNIL")
                        .doesNotContain("null");
            }
        }
    }

    @Nested
    class ContentHash {
        @Test
        void isTheSha256OfTheCanonicalForm() {
            NoticeText text = new NoticeText("newsletter", "Bonjour\n", "Hello\n");

            assertThat(text.canonicalForm())
                    .isEqualTo("portail-notice-1\nnewsletter\nfr\nBonjour\nen\nHello\n");
            // printf 'portail-notice-1\nnewsletter\nfr\nBonjour\nen\nHello\n' | sha256sum
            assertThat(text.hash()).isEqualTo(HELLO_HASH);
        }

        @Test
        void ignoresLineEndsTrailingSpacesAndUnicodeComposition() {
            NoticeText a = new NoticeText("canteen", "H\u00e9l\u00e8ne  \r\nfin", "x");
            NoticeText b = new NoticeText("canteen", "He\u0301le\u0300ne\nfin\n\n", "x");

            assertThat(a.hash()).isEqualTo(b.hash());
        }

        @Test
        void changesWithAnyWord() {
            NoticeText a = new NoticeText("canteen", "conservées 1 an", "kept 1 year");
            NoticeText b = new NoticeText("canteen", "conservées 2 ans", "kept 1 year");

            assertThat(a.hash()).isNotEqualTo(b.hash()).hasSize(64);
        }
    }

    static final String HELLO_HASH =
            "4e397d3d453e4c10b98bcf79cd37cda59d9d414e6266ae8eaadb8373d9861873";
}
