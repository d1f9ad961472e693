package io.portail.core.appointment;

import static io.portail.core.appointment.Fixtures.CIVIL_WEDDING_FILE;
import static io.portail.core.appointment.Fixtures.FRIDAY_9;
import static io.portail.core.appointment.Fixtures.NOW;
import static io.portail.core.appointment.Fixtures.PASSPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.appointment.Refusal.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AppointmentBookTests {
    private static final String VALID = "1A2B3C4D5E";

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryAntsStatusLookup ants =
            InMemoryAntsStatusLookup.create()
                    .with(VALID, AntsStatus.validated())
                    .with("2B3C4D5E6F", AntsStatus.validated())
                    .with("3C4D5E6F7G", AntsStatus.validated());
    private final Agenda passports = Fixtures.agenda("titres", PASSPORT, 2);
    private final Agenda weddings = Fixtures.agenda("mariages", CIVIL_WEDDING_FILE, 1);
    private final AppointmentBook book = Fixtures.book(clock, ants, passports, weddings);

    private static Refusal refusal(BookingResult<?> result) {
        assertThat(result).isInstanceOf(BookingResult.Refused.class);
        return ((BookingResult.Refused<?>) result).refusal();
    }

    private static <T> T done(BookingResult<T> result) {
        assertThat(result).isInstanceOf(BookingResult.Done.class);
        return ((BookingResult.Done<T>) result).value();
    }

    @Nested
    class Lookup {
        @Test
        void namesAnUnknownAgendaIdOnlyWhenItIsPlain() {
            // No personal data in exception messages (GDPR art. 5(1)(c)).
            assertThatThrownBy(() -> book.agenda("cartes-grises"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("No agenda with the id cartes-grises");
            assertThatThrownBy(() -> book.agenda("camille.martin@exemple.fr"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("No agenda with the id (an id of 25 characters, not shown)");
        }
    }

    @Nested
    class Booking {
        @Test
        void booksAFreeSlotWithAValidatedPreDemande() {
            Appointment appointment =
                    done(book.book("titres", FRIDAY_9, "resident-1", "1a2b 3c4d-5e"));

            assertThat(appointment.start()).isEqualTo(FRIDAY_9);
            assertThat(appointment.end()).isEqualTo(FRIDAY_9.plus(Duration.ofMinutes(20)));
            assertThat(appointment.preDemande()).isEqualTo(VALID);
            assertThat(book.remaining("titres", FRIDAY_9)).isEqualTo(1);
        }

        @Test
        void refusesAFullSlotInPlainWords() {
            done(book.book("mariages", FRIDAY_9, "resident-1", null));

            Refusal refusal = refusal(book.book("mariages", FRIDAY_9, "resident-2", null));

            assertThat(refusal.reason()).isEqualTo(Reason.SLOT_FULL);
            assertThat(refusal.message().in(Locale.FRENCH))
                    .isEqualTo("Ce créneau est complet. Choisissez un autre horaire.");
            assertThat(refusal.message().in(Locale.ENGLISH))
                    .isEqualTo("This slot is full. Choose another time.");
        }

        @Test
        void refusesATimeThatIsNotASlot() {
            Refusal refusal =
                    refusal(book.book("mariages", FRIDAY_9.plusSeconds(600), "resident-1", null));

            assertThat(refusal.reason()).isEqualTo(Reason.NO_SLOT);
            assertThat(refusal.message().fr())
                    .isEqualTo(
                            "Il n'y a pas de rendez-vous à cet horaire. Choisissez un horaire"
                                    + " proposé dans l'agenda.");
        }

        @Test
        void refusesASlotWithinTheMinimumNotice() {
            Instant tomorrowMorning = Instant.parse("2026-03-17T08:00:00Z");
            clock.set(tomorrowMorning.minus(Duration.ofHours(24)).plusSeconds(1));

            Refusal refusal = refusal(book.book("mariages", tomorrowMorning, "resident-1", null));

            assertThat(refusal.reason()).isEqualTo(Reason.TOO_SOON);
            assertThat(refusal.message().fr())
                    .isEqualTo(
                            "Ce créneau commence dans moins de 24 heures : il ne peut plus être"
                                    + " réservé en ligne. Choisissez un créneau plus tard.");
            assertThat(refusal.message().en())
                    .isEqualTo(
                            "This slot starts in less than 24 hours: it can no longer be booked"
                                    + " online. Choose a later slot.");
        }

        @Test
        void acceptsASlotExactlyAtTheMinimumNotice() {
            Instant tomorrowMorning = Instant.parse("2026-03-17T08:00:00Z");
            clock.set(tomorrowMorning.minus(Duration.ofHours(24)));

            assertThat(book.book("mariages", tomorrowMorning, "resident-1", null).isDone())
                    .isTrue();
        }

        @Test
        void refusesASlotBeyondTheHorizon() {
            Instant farAway = Instant.parse("2026-05-18T07:00:00Z");

            Refusal refusal = refusal(book.book("mariages", farAway, "resident-1", null));

            assertThat(refusal.reason()).isEqualTo(Reason.TOO_FAR);
            assertThat(refusal.message().fr())
                    .isEqualTo(
                            "Les rendez-vous s'ouvrent 60 jours à l'avance. Choisissez une date"
                                    + " plus proche.");
        }

        @Test
        void keepsOneActiveAppointmentPerResidentAndMotive() {
            done(book.book("titres", FRIDAY_9, "resident-1", VALID));

            Refusal refusal =
                    refusal(
                            book.book(
                                    "titres",
                                    FRIDAY_9.plus(Duration.ofMinutes(20)),
                                    "resident-1",
                                    "2B3C4D5E6F"));

            assertThat(refusal.reason()).isEqualTo(Reason.ALREADY_BOOKED);
            assertThat(refusal.message().fr())
                    .isEqualTo(
                            "Vous avez déjà un rendez-vous pour ce motif (Passeport) le vendredi"
                                    + " 20 mars 2026 à 9 h. Pour changer d'horaire, déplacez ce"
                                    + " rendez-vous.");
            assertThat(refusal.message().en())
                    .isEqualTo(
                            "You already have an appointment for this purpose (Passport) on"
                                    + " Friday 20 March 2026 at 9:00. To change the time, move that"
                                    + " appointment.");
            assertThat(book.book("mariages", FRIDAY_9, "resident-1", null).isDone()).isTrue();
        }

        @Test
        void listsTheFreeSlotsOfADay() {
            done(book.book("mariages", FRIDAY_9, "resident-1", null));

            List<Instant> free = book.freeSlots("mariages", LocalDate.of(2026, 3, 20));

            assertThat(free).hasSize(8).doesNotContain(FRIDAY_9);
        }
    }

    @Nested
    class Holds {
        @Test
        void takeAPlaceUntilTheyExpire() {
            done(book.hold("mariages", FRIDAY_9, "resident-1"));

            assertThat(refusal(book.hold("mariages", FRIDAY_9, "resident-2")).reason())
                    .isEqualTo(Reason.SLOT_FULL);
            clock.advance(Duration.ofMinutes(15));
            assertThat(book.remaining("mariages", FRIDAY_9)).isEqualTo(1);
            assertThat(book.hold("mariages", FRIDAY_9, "resident-2").isDone()).isTrue();
        }

        @Test
        void cannotBeConfirmedOnceExpired() {
            Hold hold = done(book.hold("mariages", FRIDAY_9, "resident-1"));
            clock.advance(Duration.ofMinutes(16));

            Refusal refusal = refusal(book.confirm(hold.id(), null));

            assertThat(refusal.reason()).isEqualTo(Reason.HOLD_EXPIRED);
            assertThat(refusal.message().fr())
                    .isEqualTo(
                            "Le créneau a été gardé pour vous pendant 15 minutes, et ce temps est"
                                    + " passé. Choisissez de nouveau un créneau.");
        }

        @Test
        void areReplacedWhenTheResidentHoldsAnotherSlotForTheSameMotive() {
            done(book.hold("mariages", FRIDAY_9, "resident-1"));
            done(book.hold("mariages", FRIDAY_9.plus(Duration.ofMinutes(20)), "resident-1"));

            assertThat(book.remaining("mariages", FRIDAY_9)).isEqualTo(1);
        }

        @Test
        void areKeptWhenThePreDemandeNumberIsMistyped() {
            Hold hold = done(book.hold("titres", FRIDAY_9, "resident-1"));

            Refusal refusal = refusal(book.confirm(hold.id(), "1A2B3C"));

            assertThat(refusal.reason()).isEqualTo(Reason.PRE_DEMANDE_FORMAT);
            assertThat(refusal.message().fr())
                    .isEqualTo(
                            "Il manque des caractères : le numéro de pré-demande en compte 10,"
                                    + " par exemple 1A2B3C4D5E");
            assertThat(book.confirm(hold.id(), VALID).isDone()).isTrue();
        }
    }

    @Nested
    class PreDemande {
        @Test
        void isRequiredForAPassport() {
            Refusal refusal = refusal(book.book("titres", FRIDAY_9, "resident-1", null));

            assertThat(refusal.message().fr())
                    .isEqualTo(
                            "Saisissez le numéro de pré-demande reçu à la fin de votre demande en"
                                    + " ligne, 10 lettres ou chiffres, par exemple 1A2B3C4D5E");
        }

        @Test
        void mustBeKnownToTheAnts() {
            Refusal refusal = refusal(book.book("titres", FRIDAY_9, "resident-1", "9Z9Z9Z9Z9Z"));

            assertThat(refusal.reason()).isEqualTo(Reason.PRE_DEMANDE_UNKNOWN);
            assertThat(refusal.message().fr())
                    .isEqualTo(
                            "L'ANTS ne connaît pas ce numéro de pré-demande. Vérifiez-le sur le"
                                    + " récapitulatif de votre pré-demande, par exemple"
                                    + " 1A2B3C4D5E.");
            assertThat(book.remaining("titres", FRIDAY_9)).isEqualTo(2);
        }

        @Test
        void mustBeValidated() {
            ants.with("4D5E6F7G8H", new AntsStatus(AntsStatus.State.DECLARED, List.of()));
            ants.with("5E6F7G8H9J", new AntsStatus(AntsStatus.State.CONSUMED, List.of()));
            ants.with("6F7G8H9J1K", new AntsStatus(AntsStatus.State.EXPIRED, List.of()));

            assertThat(refusal(book.book("titres", FRIDAY_9, "r", "4D5E6F7G8H")).message().en())
                    .isEqualTo(
                            "Your pre-application is not validated yet. Complete it on"
                                    + " ants.gouv.fr, then come back to book.");
            assertThat(refusal(book.book("titres", FRIDAY_9, "r", "5E6F7G8H9J")).message().fr())
                    .isEqualTo(
                            "Cette pré-demande a déjà servi pour une demande de titre. Faites une"
                                    + " nouvelle pré-demande sur ants.gouv.fr.");
            assertThat(refusal(book.book("titres", FRIDAY_9, "r", "6F7G8H9J1K")).message().fr())
                    .isEqualTo(
                            "Cette pré-demande a expiré. Faites une nouvelle pré-demande sur"
                                    + " ants.gouv.fr.");
        }

        @Test
        void alreadyBookedElsewhereSaysWhereToCancel() {
            ants.with(
                    "7G8H9J1K2L",
                    new AntsStatus(
                            AntsStatus.State.VALIDATED,
                            List.of(
                                    new AntsAppointment(
                                            "Mairie de Villeneuve-Exemple",
                                            Instant.parse("2026-03-24T13:30:00Z"),
                                            "https://rdv.villeneuve-exemple.example/annuler"))));

            Refusal refusal = refusal(book.book("titres", FRIDAY_9, "resident-1", "7G8H9J1K2L"));

            assertThat(refusal.reason()).isEqualTo(Reason.PRE_DEMANDE_BOOKED_ELSEWHERE);
            assertThat(refusal.message().fr())
                    .isEqualTo(
                            "Cette pré-demande a déjà un rendez-vous ailleurs : Mairie de"
                                    + " Villeneuve-Exemple, le mardi 24 mars 2026 à 14 h 30. Un"
                                    + " seul rendez-vous est possible par pré-demande : pour venir"
                                    + " ici, annulez d'abord l'autre rendez-vous à l'adresse"
                                    + " https://rdv.villeneuve-exemple.example/annuler");
            assertThat(refusal.message().en())
                    .isEqualTo(
                            "This pre-application already has an appointment elsewhere: Mairie"
                                    + " de Villeneuve-Exemple, on Tuesday 24 March 2026 at 14:30."
                                    + " Only one appointment is allowed per pre-application: to"
                                    + " come here, first cancel the other one at"
                                    + " https://rdv.villeneuve-exemple.example/annuler");
        }

        @Test
        void cannotBeUsedTwiceInTheSameTownHall() {
            done(book.book("titres", FRIDAY_9, "resident-1", VALID));

            Refusal refusal =
                    refusal(book.book("titres", FRIDAY_9.plusSeconds(1200), "resident-2", VALID));

            assertThat(refusal.message().fr())
                    .isEqualTo(
                            "Cette pré-demande a déjà un rendez-vous : Mairie de Saint-Exemple,"
                                    + " le vendredi 20 mars 2026 à 9 h. Un seul rendez-vous est"
                                    + " possible par pré-demande.");
        }

        @Test
        void aLookupPastItsDeadlineIsAFailureAndBooksNothing() {
            AntsStatusLookup slow =
                    InMemoryAntsStatusLookup.slow(Duration.ofSeconds(30))
                            .with(VALID, AntsStatus.validated());
            AppointmentBook impatient =
                    AppointmentBook.of(
                            List.of(passports),
                            clock,
                            AntsCheck.of(slow, Duration.ofMillis(100), clock));

            Refusal refusal = refusal(impatient.book("titres", FRIDAY_9, "resident-1", VALID));

            assertThat(refusal.reason()).isEqualTo(Reason.ANTS_UNAVAILABLE);
            assertThat(refusal.message().fr())
                    .isEqualTo(
                            "Nous n'avons pas pu vérifier votre numéro de pré-demande auprès de"
                                    + " l'ANTS. Rien n'a été réservé. Réessayez dans quelques"
                                    + " minutes.");
            assertThat(impatient.remaining("titres", FRIDAY_9)).isEqualTo(2);
        }

        @Test
        void aFailingLookupIsAFailure() {
            AppointmentBook failing =
                    AppointmentBook.of(
                            List.of(passports),
                            clock,
                            AntsCheck.of(
                                    (id, deadline) -> {
                                        throw new IllegalStateException("HTTP 503");
                                    },
                                    Duration.ofSeconds(1),
                                    clock));

            assertThat(refusal(failing.book("titres", FRIDAY_9, "r", VALID)).reason())
                    .isEqualTo(Reason.ANTS_UNAVAILABLE);
        }
    }

    @Nested
    class CancellingAndMoving {
        @Test
        void cancelsBeforeTheCutoffAndFreesThePlace() {
            Appointment appointment = done(book.book("mariages", FRIDAY_9, "resident-1", null));
            clock.set(FRIDAY_9.minus(Duration.ofHours(48)));

            Appointment cancelled = done(book.cancel(appointment.id()));

            assertThat(cancelled.isActive()).isFalse();
            assertThat(book.remaining("mariages", FRIDAY_9)).isEqualTo(1);
            assertThat(refusal(book.cancel(appointment.id())).reason()).isEqualTo(Reason.NOT_FOUND);
        }

        @Test
        void refusesToCancelAfterTheCutoff() {
            Appointment appointment = done(book.book("mariages", FRIDAY_9, "resident-1", null));
            clock.set(FRIDAY_9.minus(Duration.ofHours(48)).plusSeconds(1));

            Refusal refusal = refusal(book.cancel(appointment.id()));

            assertThat(refusal.reason()).isEqualTo(Reason.CANCEL_TOO_LATE);
            assertThat(refusal.message().fr())
                    .isEqualTo(
                            "Ce rendez-vous commence dans moins de 2 jours : il ne peut plus"
                                    + " être annulé en ligne. Prévenez la mairie par téléphone.");
            assertThat(book.remaining("mariages", FRIDAY_9)).isZero();
        }

        @Test
        void movesToAFreeSlotAndKeepsTheOldOneWhenTheNewIsFull() {
            Instant nine20 = FRIDAY_9.plus(Duration.ofMinutes(20));
            Appointment first = done(book.book("mariages", FRIDAY_9, "resident-1", null));
            done(book.book("mariages", nine20, "resident-2", null));

            assertThat(refusal(book.move(first.id(), nine20)).reason()).isEqualTo(Reason.SLOT_FULL);
            assertThat(book.appointment(first.id()).orElseThrow().start()).isEqualTo(FRIDAY_9);

            Instant nine40 = nine20.plus(Duration.ofMinutes(20));
            assertThat(done(book.move(first.id(), nine40)).start()).isEqualTo(nine40);
            assertThat(book.remaining("mariages", FRIDAY_9)).isEqualTo(1);
        }

        @Test
        void refusesToMoveAfterTheCutoff() {
            Appointment appointment = done(book.book("mariages", FRIDAY_9, "resident-1", null));
            clock.set(FRIDAY_9.minus(Duration.ofHours(23)));

            assertThat(
                            refusal(book.move(appointment.id(), FRIDAY_9.plusSeconds(1200)))
                                    .message()
                                    .en())
                    .isEqualTo(
                            "This appointment starts in less than 24 hours: it can no longer be"
                                    + " moved online. Let the town hall know by phone.");
        }
    }

    @Nested
    class Concurrency {
        /** Eight residents ask for the last places of one slot at the same instant. */
        @Test
        void eightThreadsNeverExceedTheCapacity() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<BookingResult<Appointment>>> results = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    String resident = "resident-" + i;
                    String number = String.format(Locale.ROOT, "AAAAAAAAA%d", i);
                    ants.with(number, AntsStatus.validated());
                    Callable<BookingResult<Appointment>> task =
                            () -> {
                                start.await();
                                return book.book("titres", FRIDAY_9, resident, number);
                            };
                    results.add(pool.submit(task));
                }
                start.countDown();
                int booked = 0;
                for (Future<BookingResult<Appointment>> result : results) {
                    booked += result.get().isDone() ? 1 : 0;
                }

                assertThat(booked).isEqualTo(2);
                assertThat(book.appointmentsAt("titres", FRIDAY_9)).hasSize(2);
                assertThat(book.remaining("titres", FRIDAY_9)).isZero();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class Privacy {
        @Test
        void masksTheResidentAndTheNumber() {
            Appointment appointment = done(book.book("titres", FRIDAY_9, "resident-1", VALID));

            assertThat(appointment.toString()).doesNotContain("resident-1").doesNotContain(VALID);
        }
    }
}
