package io.portail.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.privacy.text.LocalizedText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportDeskTests {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant NOW = Instant.parse("2026-03-16T09:00:00Z");
    static final GeoPoint TOWN_HALL = new GeoPoint(47.90290, 1.90920);

    static final List<ReportCategory> CATEGORIES =
            List.of(
                    new ReportCategory("pothole", new LocalizedText("Nid-de-poule", "Pothole")),
                    new ReportCategory(
                            "lighting", new LocalizedText("Éclairage public", "Street lighting")),
                    new ReportCategory("litter", new LocalizedText("Dépôt sauvage", "Fly-tipping")),
                    new ReportCategory(
                            "graffiti", new LocalizedText("Tag ou graffiti", "Graffiti")));

    static ReportDesk desk(Clock clock) {
        return ReportDesk.of(
                "Saint-Exemple",
                PARIS,
                CATEGORIES,
                new CommuneArea.Box(47.88, 1.88, 47.93, 1.95),
                PhotoRules.usual(),
                new DuplicateRule(50, 30),
                clock);
    }

    private Instant now = NOW;
    private final Clock clock =
            new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
    private final ReportDesk desk = desk(clock);

    private Report submit(String category, GeoPoint point) {
        SubmitResult result =
                desk.submit(category, ReportLocation.at(point), "Trou profond", List.of(), null);
        assertThat(result).isInstanceOf(SubmitResult.Accepted.class);
        return ((SubmitResult.Accepted) result).report();
    }

    private static GeoPoint north(GeoPoint from, double metres) {
        return new GeoPoint(from.latitude() + metres / 111_195.08, from.longitude());
    }

    @Nested
    class Lookup {
        @Test
        void namesAnUnknownReportIdOnlyWhenItIsPlain() {
            // No personal data in exception messages (GDPR art. 5(1)(c)).
            assertThatThrownBy(() -> desk.update("SIG-404", ReportStatus.FIXED, "", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("No report with the id SIG-404");
            assertThatThrownBy(() -> desk.update("06 23 45 67 89", ReportStatus.FIXED, "", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("No report with the id (an id of 14 characters, not shown)");
        }
    }

    @Nested
    class Submitting {
        @Test
        void recordsAnAnonymousReportAsReceived() {
            Report report = submit("pothole", TOWN_HALL);

            assertThat(report.status()).isEqualTo(ReportStatus.RECEIVED);
            assertThat(report.isAnonymous()).isTrue();
            assertThat(report.receivedAt()).isEqualTo(NOW);
            assertThat(report.toString()).doesNotContain("Trou");
        }

        @Test
        void refusesAPointOutsideTheCommuneAndBadPhotosInPlainWords() {
            SubmitResult result =
                    desk.submit(
                            "pothole",
                            ReportLocation.at(new GeoPoint(48.5, 1.9)),
                            "",
                            List.of(
                                    new Photo("image/gif", 1000),
                                    new Photo("image/jpeg", 12_000_000),
                                    new Photo("image/jpeg", 1),
                                    new Photo("image/jpeg", 1)),
                            "resident-1");

            assertThat(result).isInstanceOf(SubmitResult.Refused.class);
            List<String> french =
                    ((SubmitResult.Refused) result)
                            .refusals().stream().map(r -> r.message().in(Locale.FRENCH)).toList();
            assertThat(french)
                    .containsExactly(
                            "Ce point est en dehors de Saint-Exemple. Placez le repère sur le lieu"
                                    + " du problème, dans la commune.",
                            "Vous pouvez joindre 3 photos au plus.",
                            "Joignez des photos au format HEIC, JPEG ou PNG.",
                            "Chaque photo doit peser 10 Mo au plus.");
            List<String> english =
                    ((SubmitResult.Refused) result)
                            .refusals().stream().map(r -> r.message().in(Locale.ENGLISH)).toList();
            assertThat(english)
                    .containsExactly(
                            "This point is outside Saint-Exemple. Put the marker on the place of"
                                    + " the problem, within the town.",
                            "You can attach 3 photos at most.",
                            "Attach photos in HEIC, JPEG or PNG format.",
                            "Each photo must be 10 MB at most.");
            assertThat(desk.reports()).isEmpty();
        }

        @Test
        void refusesAnUnknownCategoryAndATooLongDescription() {
            SubmitResult result =
                    desk.submit(
                            "volcano",
                            new ReportLocation(null, "12 rue de l’Église"),
                            "é".repeat(2001),
                            List.of(),
                            null);

            assertThat(((SubmitResult.Refused) result).refusals())
                    .extracting(r -> r.message().fr())
                    .containsExactly(
                            "Choisissez le type de problème dans la liste.",
                            "La description est trop longue : 2 000 caractères au plus.");
        }

        @Test
        void acceptsAnAddressWithoutAPoint() {
            SubmitResult result =
                    desk.submit(
                            "litter",
                            new ReportLocation(null, "12 rue de l’Église"),
                            "",
                            List.of(new Photo("image/HEIC", 3_000_000)),
                            "resident-1");

            Report report = ((SubmitResult.Accepted) result).report();
            assertThat(report.location().toString()).doesNotContain("Église");
        }
    }

    @Nested
    class Duplicates {
        @Test
        void suggestsTheSameCategoryNearbyInWords() {
            Report first = submit("pothole", TOWN_HALL);
            now = NOW.plus(Duration.ofDays(3));

            SubmitResult result =
                    desk.submit(
                            "pothole",
                            ReportLocation.at(north(TOWN_HALL, 25)),
                            "",
                            List.of(),
                            null);

            List<Suggestion> nearby = ((SubmitResult.Accepted) result).nearby();
            assertThat(nearby).hasSize(1);
            assertThat(nearby.get(0).report().id()).isEqualTo(first.id());
            assertThat(nearby.get(0).distanceMetres()).isEqualTo(25);
            assertThat(nearby.get(0).message().fr())
                    .isEqualTo(
                            "Un signalement semblable a été fait le lundi 16 mars 2026, à 25 m"
                                    + " d'ici : Nid-de-poule (Reçu). S'il s'agit du même problème,"
                                    + " inutile de le signaler à nouveau : la mairie s'en occupe.");
            assertThat(nearby.get(0).message().en())
                    .isEqualTo(
                            "A similar report was made on Monday 16 March 2026, 25 m from here:"
                                    + " Pothole (Received). If it is the same problem, there is no"
                                    + " need to report it again: the town hall is on it.");
        }

        @Test
        void ignoresOtherCategoriesFartherPointsAndOlderReports() {
            submit("lighting", TOWN_HALL);
            submit("pothole", north(TOWN_HALL, 51));
            submit("pothole", north(TOWN_HALL, -30));
            now = NOW.plus(Duration.ofDays(30)).plusSeconds(1);

            assertThat(desk.nearby("pothole", TOWN_HALL)).isEmpty();
            now = NOW.plus(Duration.ofDays(30));
            assertThat(desk.nearby("pothole", TOWN_HALL))
                    .extracting(Suggestion::distanceMetres)
                    .containsExactly(30L);
        }

        @Test
        void leavesOutReportsMarkedAsDuplicates() {
            Report first = submit("pothole", TOWN_HALL);
            Report second = submit("pothole", north(TOWN_HALL, 10));
            desk.update(second.id(), ReportStatus.DUPLICATE, "", first.id());

            assertThat(desk.nearby("pothole", TOWN_HALL))
                    .extracting(s -> s.report().id())
                    .containsExactly(first.id());
        }
    }

    @Nested
    class Statuses {
        @Test
        void followTheAllowedMoves() {
            Report report = submit("pothole", TOWN_HALL);
            now = NOW.plus(Duration.ofHours(2));

            Report planned = desk.update(report.id(), ReportStatus.PLANNED, "Mardi matin", null);
            Report fixed = desk.update(report.id(), ReportStatus.FIXED, "", null);

            assertThat(planned.statusNote()).isEqualTo("Mardi matin");
            assertThat(fixed.status().isClosed()).isTrue();
            assertThat(fixed.updatedAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        }

        @Test
        void refuseAMoveNotAllowed() {
            Report report = submit("pothole", TOWN_HALL);
            desk.update(report.id(), ReportStatus.FIXED, "", null);

            assertThatThrownBy(() -> desk.update(report.id(), ReportStatus.PLANNED, "", null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("A report cannot move from fixed to planned; allowed: received");
            assertThat(desk.report(report.id()).orElseThrow().status())
                    .isEqualTo(ReportStatus.FIXED);
        }

        @Test
        void requireTheRepeatedReportForADuplicate() {
            Report report = submit("pothole", TOWN_HALL);

            assertThatThrownBy(
                            () -> desk.update(report.id(), ReportStatus.DUPLICATE, "", report.id()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A duplicate names another existing report it repeats");
        }

        @Test
        void haveResidentLabels() {
            assertThat(ReportStatus.NOT_OUR_RESPONSIBILITY.label().fr())
                    .isEqualTo("Ne relève pas de la commune");
            assertThat(ReportStatus.IN_PROGRESS.label().en()).isEqualTo("Repair under way");
        }
    }
}
