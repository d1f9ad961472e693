package io.portail.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The story prints, word for word, what the resident reads: a nearby duplicate suggested, then a
 * report followed until fixed and exported as Open311.
 */
class ReportStoryTests {

    @Nested
    class Output {
        @Test
        void readsInFrenchByDefault() {
            assertThat(Print.story(ReportStory::run, Locale.FRENCH))
                    .isEqualTo(
                            "Signaler un problème dans la rue, à Saint-Exemple\n"
                                    + "(le mercredi 18 mars 2026)\n"
                                    + "\n"
                                    + "Sacha place le repère sur un nid-de-poule, à quelques"
                                    + " mètres de l'école.\n"
                                    + "→ Un signalement semblable a été fait le lundi 16 mars"
                                    + " 2026, à 17 m d'ici : Nid-de-poule (Intervention prévue)."
                                    + " S'il s'agit du même problème, inutile de le signaler à"
                                    + " nouveau : la mairie s'en occupe.\n"
                                    + "C'est le même : Sacha n'envoie rien.\n"
                                    + "\n"
                                    + "Sacha signale aussi un lampadaire éteint, sans laisser son"
                                    + " nom, avec une photo.\n"
                                    + "→ Votre signalement n° SIG-2 (Éclairage public) est bien"
                                    + " reçu. Merci : les services de la mairie vont s'en occuper."
                                    + " Notez son numéro pour suivre où il en est.\n"
                                    + "\n"
                                    + "Les jours suivants, Sacha suit son signalement :\n"
                                    + "→ Signalement n° SIG-2 : Intervention en cours. Ampoule"
                                    + " commandée.\n"
                                    + "→ Signalement n° SIG-2 : Réparé.\n"
                                    + "\n"
                                    + "La mairie publie ses signalements au format Open311 (statut"
                                    + " détaillé entre crochets) :\n"
                                    + "[ {\n"
                                    + "  \"service_request_id\" : \"SIG-2\",\n"
                                    + "  \"status\" : \"closed\",\n"
                                    + "  \"status_notes\" : \"[fixed]\",\n"
                                    + "  \"service_name\" : \"Éclairage public\",\n"
                                    + "  \"service_code\" : \"lighting\",\n"
                                    + "  \"description\" : \"Lampadaire éteint depuis une semaine\",\n"
                                    + "  \"agency_responsible\" : \"Mairie de Saint-Exemple, services"
                                    + " techniques\",\n"
                                    + "  \"requested_datetime\" : \"2026-03-18T08:30:00+01:00\",\n"
                                    + "  \"updated_datetime\" : \"2026-03-20T08:30:00+01:00\",\n"
                                    + "  \"address\" : \"rue des Tilleuls\",\n"
                                    + "  \"lat\" : 47.9041,\n"
                                    + "  \"long\" : 1.9121\n"
                                    + "} ]\n");
        }

        @Test
        void readsInEnglish() {
            assertThat(Print.story(ReportStory::run, Locale.ENGLISH))
                    .isEqualTo(
                            "Report a problem in the street, in Saint-Exemple\n"
                                    + "(on Wednesday 18 March 2026)\n"
                                    + "\n"
                                    + "Sacha puts the marker on a pothole, a few metres from the"
                                    + " school.\n"
                                    + "→ A similar report was made on Monday 16 March 2026, 17 m"
                                    + " from here: Pothole (Repair planned). If it is the same"
                                    + " problem, there is no need to report it again: the town"
                                    + " hall is on it.\n"
                                    + "It is the same one: Sacha sends nothing.\n"
                                    + "\n"
                                    + "Sacha also reports a broken street light, without giving a"
                                    + " name, with a photo.\n"
                                    + "→ Your report no. SIG-2 (Street lighting) has been"
                                    + " received. Thank you: the town hall's services will deal"
                                    + " with it. Keep its number to follow where it stands.\n"
                                    + "\n"
                                    + "Over the next days, Sacha follows the report:\n"
                                    + "→ Report no. SIG-2: Repair under way. Ampoule commandée.\n"
                                    + "→ Report no. SIG-2: Fixed.\n"
                                    + "\n"
                                    + "The town hall publishes its reports as Open311 (detailed"
                                    + " status in brackets):\n"
                                    + "[ {\n"
                                    + "  \"service_request_id\" : \"SIG-2\",\n"
                                    + "  \"status\" : \"closed\",\n"
                                    + "  \"status_notes\" : \"[fixed]\",\n"
                                    + "  \"service_name\" : \"Éclairage public\",\n"
                                    + "  \"service_code\" : \"lighting\",\n"
                                    + "  \"description\" : \"Lampadaire éteint depuis une semaine\",\n"
                                    + "  \"agency_responsible\" : \"Mairie de Saint-Exemple, services"
                                    + " techniques\",\n"
                                    + "  \"requested_datetime\" : \"2026-03-18T08:30:00+01:00\",\n"
                                    + "  \"updated_datetime\" : \"2026-03-20T08:30:00+01:00\",\n"
                                    + "  \"address\" : \"rue des Tilleuls\",\n"
                                    + "  \"lat\" : 47.9041,\n"
                                    + "  \"long\" : 1.9121\n"
                                    + "} ]\n");
        }
    }
}
