package io.portail.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The story prints, word for word, what the resident reads: full slot, a pre-demande already booked
 * elsewhere, then the booking and its calendar file.
 */
class AppointmentStoryTests {

    @Nested
    class Output {
        @Test
        void readsInFrenchByDefault() {
            assertThat(Print.story(AppointmentStory::run, Locale.FRENCH))
                    .isEqualTo(
                            "Rendez-vous passeport à la mairie de Saint-Exemple\n"
                                    + "(le lundi 16 mars 2026 à 9 h)\n"
                                    + "\n"
                                    + "Camille choisit le vendredi 20 mars 2026 à 9 h.\n"
                                    + "→ Ce créneau est complet. Choisissez un autre horaire.\n"
                                    + "\n"
                                    + "Camille choisit 9 h 20 et donne son numéro de pré-demande.\n"
                                    + "→ Cette pré-demande a déjà un rendez-vous ailleurs : Mairie"
                                    + " de Villeneuve-Exemple, le mardi 24 mars 2026 à 14 h 30. Un"
                                    + " seul rendez-vous est possible par pré-demande : pour venir"
                                    + " ici, annulez d'abord l'autre rendez-vous à l'adresse"
                                    + " https://rdv.villeneuve-exemple.example/annuler\n"
                                    + "\n"
                                    + "Camille annule le rendez-vous de Villeneuve-Exemple, puis"
                                    + " réessaie.\n"
                                    + "→ Votre rendez-vous est confirmé : passeport, le vendredi"
                                    + " 20 mars 2026 à 9 h 20.\n"
                                    + "  Lieu : Mairie de Saint-Exemple, guichet des titres, 1"
                                    + " place de la Mairie, 45999 Saint-Exemple.\n"
                                    + "  Vous pouvez le déplacer en ligne jusqu'au jeudi 19 mars"
                                    + " 2026 à 9 h 20, et l'annuler jusqu'au mercredi 18 mars 2026"
                                    + " à 9 h 20.\n"
                                    + "\n"
                                    + "Fichier joint pour votre agenda (extrait) :\n"
                                    + "BEGIN:VEVENT\n"
                                    + "UID:RDV-5.passeports@saint-exemple.example\n"
                                    + "DTSTAMP:20260316T080000Z\n"
                                    + "DTSTART;TZID=Europe/Paris:20260320T092000\n"
                                    + "DTEND;TZID=Europe/Paris:20260320T094000\n"
                                    + "SUMMARY:Rendez-vous passeport\n"
                                    + "LOCATION:Mairie de Saint-Exemple\\, 1 place de la Mairie\\,"
                                    + " 45999 Saint-Exemp\n"
                                    + " le\n"
                                    + "STATUS:CONFIRMED\n"
                                    + "END:VEVENT\n");
        }

        @Test
        void readsInEnglish() {
            assertThat(Print.story(AppointmentStory::run, Locale.ENGLISH))
                    .isEqualTo(
                            "Passport appointment at Saint-Exemple town hall\n"
                                    + "(on Monday 16 March 2026 at 9:00)\n"
                                    + "\n"
                                    + "Camille picks Friday 20 March 2026 at 9:00.\n"
                                    + "→ This slot is full. Choose another time.\n"
                                    + "\n"
                                    + "Camille picks 9:20 and gives her pre-application number.\n"
                                    + "→ This pre-application already has an appointment"
                                    + " elsewhere: Mairie de Villeneuve-Exemple, on Tuesday 24"
                                    + " March 2026 at 14:30. Only one appointment is allowed per"
                                    + " pre-application: to come here, first cancel the other one"
                                    + " at https://rdv.villeneuve-exemple.example/annuler\n"
                                    + "\n"
                                    + "Camille cancels the Villeneuve-Exemple appointment, then"
                                    + " tries again.\n"
                                    + "→ Your appointment is confirmed: passport, on Friday 20"
                                    + " March 2026 at 9:20.\n"
                                    + "  Place: Mairie de Saint-Exemple, ID documents desk, 1"
                                    + " place de la Mairie, 45999 Saint-Exemple.\n"
                                    + "  You can move it online until Thursday 19 March 2026 at"
                                    + " 9:20, and cancel it until Wednesday 18 March 2026 at 9:20.\n"
                                    + "\n"
                                    + "File attached for your calendar (extract):\n"
                                    + "BEGIN:VEVENT\n"
                                    + "UID:RDV-5.passeports@saint-exemple.example\n"
                                    + "DTSTAMP:20260316T080000Z\n"
                                    + "DTSTART;TZID=Europe/Paris:20260320T092000\n"
                                    + "DTEND;TZID=Europe/Paris:20260320T094000\n"
                                    + "SUMMARY:Passport appointment\n"
                                    + "LOCATION:Mairie de Saint-Exemple\\, 1 place de la Mairie\\,"
                                    + " 45999 Saint-Exemp\n"
                                    + " le\n"
                                    + "STATUS:CONFIRMED\n"
                                    + "END:VEVENT\n");
        }
    }
}
