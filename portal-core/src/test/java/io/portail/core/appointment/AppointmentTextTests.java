package io.portail.core.appointment;

import static io.portail.core.appointment.Fixtures.FRIDAY_9;
import static io.portail.core.appointment.Fixtures.PASSPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AppointmentTextTests {
    private static final Appointment APPOINTMENT =
            new Appointment(
                    "RDV-1",
                    "titres",
                    "passport",
                    "resident-1",
                    FRIDAY_9,
                    FRIDAY_9.plus(Duration.ofMinutes(20)),
                    "1A2B3C4D5E",
                    false);

    @Nested
    class Confirmation {
        @Test
        void givesTheTimePlaceAndCutoffsInFrench() {
            assertThat(
                            AppointmentText.confirmation(
                                    APPOINTMENT,
                                    Fixtures.agenda("titres", PASSPORT, 1),
                                    Locale.FRENCH))
                    .isEqualTo(
                            "Votre rendez-vous est confirmé : Passeport, le vendredi 20 mars 2026 à"
                                    + " 9 h.\n"
                                    + "Lieu : Mairie de Saint-Exemple, Guichet titres, 1 place de la"
                                    + " Mairie, 45999 Saint-Exemple.\n"
                                    + "Vous pouvez le déplacer en ligne jusqu'au jeudi 19 mars 2026 à"
                                    + " 9 h, et l'annuler jusqu'au mercredi 18 mars 2026 à 9 h.\n");
        }

        @Test
        void givesThemInEnglish() {
            assertThat(
                            AppointmentText.confirmation(
                                    APPOINTMENT,
                                    Fixtures.agenda("titres", PASSPORT, 1),
                                    Locale.ENGLISH))
                    .isEqualTo(
                            "Your appointment is confirmed: Passport, on Friday 20 March 2026 at"
                                    + " 9:00.\n"
                                    + "Place: Mairie de Saint-Exemple, ID desk, 1 place de la Mairie,"
                                    + " 45999 Saint-Exemple.\n"
                                    + "You can move it online until Thursday 19 March 2026 at 9:00,"
                                    + " and cancel it until Wednesday 18 March 2026 at 9:00.\n");
        }
    }
}
