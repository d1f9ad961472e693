package io.portail.core.report;

import static java.util.Objects.requireNonNull;

import io.portail.core.deadline.TimeWindow;
import io.portail.core.internal.Ids;
import io.portail.core.report.ReportRefusal.Reason;
import io.portail.privacy.text.LocalizedText;
import io.portail.privacy.text.Template;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The reports on public space a commune receives: checks new reports, suggests nearby duplicates,
 * and moves reports through their statuses.
 *
 * <p>Thread-safe: every change happens under one lock.
 */
public final class ReportDesk {
    /** The longest description accepted, in characters. */
    public static final int MAX_DESCRIPTION = 2000;

    private final String communeName;
    private final ZoneId zone;
    private final Map<String, ReportCategory> categories;
    private final CommuneArea area;
    private final PhotoRules photoRules;
    private final DuplicateRule duplicateRule;
    private final Clock clock;
    private final Object lock = new Object();
    private final Map<String, Report> reports = new LinkedHashMap<>();
    private long nextId = 1;

    private ReportDesk(
            String communeName,
            ZoneId zone,
            Map<String, ReportCategory> categories,
            CommuneArea area,
            PhotoRules photoRules,
            DuplicateRule duplicateRule,
            Clock clock) {
        this.communeName = communeName;
        this.zone = zone;
        this.categories = categories;
        this.area = area;
        this.photoRules = photoRules;
        this.duplicateRule = duplicateRule;
        this.clock = clock;
    }

    /**
     * Creates an empty desk.
     *
     * @param communeName the commune's name, as residents read it
     * @param zone the commune's time zone
     * @param categories the categories, with distinct codes
     * @param area the commune's area
     * @param photoRules what photos are accepted
     * @param duplicateRule when an earlier report is suggested as a duplicate
     * @param clock the clock
     * @return the desk
     * @throws IllegalArgumentException if two categories share a code, or there is none
     */
    public static ReportDesk of(
            String communeName,
            ZoneId zone,
            List<ReportCategory> categories,
            CommuneArea area,
            PhotoRules photoRules,
            DuplicateRule duplicateRule,
            Clock clock) {
        requireNonNull(communeName, "communeName");
        requireNonNull(zone, "zone");
        requireNonNull(categories, "categories");
        requireNonNull(area, "area");
        requireNonNull(photoRules, "photoRules");
        requireNonNull(duplicateRule, "duplicateRule");
        requireNonNull(clock, "clock");
        Map<String, ReportCategory> byCode = new LinkedHashMap<>();
        for (ReportCategory category : categories) {
            if (byCode.put(category.code(), category) != null) {
                throw new IllegalArgumentException(
                        "Two categories share the code " + category.code());
            }
        }
        if (byCode.isEmpty()) {
            throw new IllegalArgumentException("A report desk has at least one category");
        }
        return new ReportDesk(communeName, zone, byCode, area, photoRules, duplicateRule, clock);
    }

    /**
     * Returns the categories, in the order given.
     *
     * @return the categories
     */
    public List<ReportCategory> categories() {
        return List.copyOf(categories.values());
    }

    /**
     * Returns a category.
     *
     * @param code its code
     * @return the category, or empty
     */
    public Optional<ReportCategory> category(String code) {
        requireNonNull(code, "code");
        return Optional.ofNullable(categories.get(code));
    }

    /**
     * Finds earlier reports of the same category near a point, received within the duplicate rule's
     * days, nearest first; reports already marked as duplicates are left out.
     *
     * @param category the category's code
     * @param point the point
     * @return the suggestions
     */
    public List<Suggestion> nearby(String category, GeoPoint point) {
        requireNonNull(category, "category");
        requireNonNull(point, "point");
        synchronized (lock) {
            return nearby(category, point, clock.instant());
        }
    }

    /**
     * Checks and records a new report.
     *
     * @param category the category's code
     * @param location where the problem is
     * @param description what the resident wrote, possibly empty
     * @param photos the declared photos
     * @param reporter the resident's opaque identifier, or null for an anonymous report
     * @return the report with the likely duplicates, or what to put right
     */
    public SubmitResult submit(
            String category,
            ReportLocation location,
            String description,
            List<Photo> photos,
            @Nullable String reporter) {
        requireNonNull(category, "category");
        requireNonNull(location, "location");
        requireNonNull(description, "description");
        requireNonNull(photos, "photos");
        List<ReportRefusal> refusals = check(category, location, description, photos);
        if (!refusals.isEmpty()) {
            return new SubmitResult.Refused(refusals);
        }
        synchronized (lock) {
            Instant now = clock.instant();
            List<Suggestion> nearby =
                    location.point() == null ? List.of() : nearby(category, location.point(), now);
            Report report =
                    new Report(
                            "SIG-" + nextId++,
                            category,
                            location,
                            description.strip(),
                            photos,
                            reporter,
                            now,
                            ReportStatus.RECEIVED,
                            "",
                            now,
                            null);
            reports.put(report.id(), report);
            return new SubmitResult.Accepted(report, nearby);
        }
    }

    /**
     * Moves a report to another status, as an agent does.
     *
     * @param id the report
     * @param status the new status
     * @param note the note residents read, possibly empty
     * @param duplicateOf the report this one repeats, when the new status is duplicate; else null
     * @return the updated report
     * @throws IllegalArgumentException if there is no such report, or the duplicate link is wrong
     * @throws IllegalStateException if the move is not allowed from the current status
     */
    public Report update(
            String id, ReportStatus status, String note, @Nullable String duplicateOf) {
        requireNonNull(id, "id");
        requireNonNull(status, "status");
        requireNonNull(note, "note");
        synchronized (lock) {
            Report report = reports.get(id);
            if (report == null) {
                throw new IllegalArgumentException("No report with the id " + Ids.shown(id));
            }
            if (!report.status().allows(status)) {
                throw new IllegalStateException(
                        "A report cannot move from "
                                + report.status().code()
                                + " to "
                                + status.code()
                                + "; allowed: "
                                + report.status().next().stream()
                                        .map(ReportStatus::code)
                                        .collect(Collectors.joining(", ")));
            }
            if (status == ReportStatus.DUPLICATE
                    && (duplicateOf == null
                            || duplicateOf.equals(id)
                            || !reports.containsKey(duplicateOf))) {
                throw new IllegalArgumentException(
                        "A duplicate names another existing report it repeats");
            }
            Instant now = clock.instant();
            Report updated =
                    new Report(
                            report.id(),
                            report.category(),
                            report.location(),
                            report.description(),
                            report.photos(),
                            report.reporter(),
                            report.receivedAt(),
                            status,
                            note.strip(),
                            now.isBefore(report.receivedAt()) ? report.receivedAt() : now,
                            status == ReportStatus.DUPLICATE ? duplicateOf : null);
            reports.put(id, updated);
            return updated;
        }
    }

    /**
     * Returns a report.
     *
     * @param id its identifier
     * @return the report, or empty
     */
    public Optional<Report> report(String id) {
        requireNonNull(id, "id");
        synchronized (lock) {
            return Optional.ofNullable(reports.get(id));
        }
    }

    /**
     * Returns every report, in the order received.
     *
     * @return the reports
     */
    public List<Report> reports() {
        synchronized (lock) {
            return List.copyOf(reports.values());
        }
    }

    private List<ReportRefusal> check(
            String category, ReportLocation location, String description, List<Photo> photos) {
        List<ReportRefusal> refusals = new ArrayList<>();
        if (!categories.containsKey(category)) {
            refusals.add(
                    refusal(
                            Reason.UNKNOWN_CATEGORY,
                            "Choisissez le type de problème dans la liste.",
                            "Choose the kind of problem from the list."));
        }
        if (location.point() != null && !area.contains(location.point())) {
            refusals.add(
                    refusal(
                            Reason.OUTSIDE_COMMUNE,
                            "Ce point est en dehors de "
                                    + communeName
                                    + ". Placez le repère sur le lieu du problème, dans la"
                                    + " commune.",
                            "This point is outside "
                                    + communeName
                                    + ". Put the marker on the place of the problem, within the"
                                    + " town."));
        }
        if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
            refusals.add(
                    refusal(
                            Reason.DESCRIPTION_TOO_LONG,
                            "La description est trop longue : 2 000 caractères au plus.",
                            "The description is too long: 2,000 characters at most."));
        }
        if (photos.size() > photoRules.maxCount()) {
            refusals.add(
                    refusal(
                            Reason.TOO_MANY_PHOTOS,
                            "Vous pouvez joindre " + photoRules.maxCount() + " photos au plus.",
                            "You can attach " + photoRules.maxCount() + " photos at most."));
        }
        if (photos.stream()
                .anyMatch(
                        p ->
                                !photoRules
                                        .mediaTypes()
                                        .contains(p.mediaType().toLowerCase(Locale.ROOT)))) {
            refusals.add(
                    refusal(
                            Reason.PHOTO_TYPE,
                            "Joignez des photos au format " + formats(" ou ") + ".",
                            "Attach photos in " + formats(" or ") + " format."));
        }
        if (photos.stream().anyMatch(p -> p.sizeBytes() > photoRules.maxBytes())) {
            refusals.add(
                    refusal(
                            Reason.PHOTO_TOO_LARGE,
                            "Chaque photo doit peser " + size(Locale.FRENCH) + " au plus.",
                            "Each photo must be " + size(Locale.ENGLISH) + " at most."));
        }
        return refusals;
    }

    private List<Suggestion> nearby(String category, GeoPoint point, Instant now) {
        // Days of 24 hours back from now, both ends included (as TimeWindow.lastDays counts them,
        // case F12).
        Instant since = TimeWindow.lastDays(duplicateRule.days(), now).start();
        List<Suggestion> found = new ArrayList<>();
        for (Report report : reports.values()) {
            GeoPoint other = report.location().point();
            if (other == null
                    || !report.category().equals(category)
                    || report.status() == ReportStatus.DUPLICATE
                    || report.receivedAt().isBefore(since)
                    || report.receivedAt().isAfter(now)) {
                continue;
            }
            double distance = point.distanceTo(other);
            if (distance <= duplicateRule.radiusMetres()) {
                found.add(suggestion(report, Math.round(distance)));
            }
        }
        found.sort(Comparator.comparingLong(Suggestion::distanceMetres));
        return List.copyOf(found);
    }

    private Suggestion suggestion(Report report, long metres) {
        ReportCategory category = categories.get(report.category());
        String fr =
                "Un signalement semblable a été fait le {date}, à {m} m d'ici : {category}"
                        + " ({status}). S'il s'agit du même problème, inutile de le signaler à"
                        + " nouveau : la mairie s'en occupe.";
        String en =
                "A similar report was made on {date}, {m} m from here: {category} ({status}). If"
                        + " it is the same problem, there is no need to report it again: the town"
                        + " hall is on it.";
        return new Suggestion(
                report,
                metres,
                new LocalizedText(
                        Template.fill(
                                fr,
                                Map.of(
                                        "date",
                                        Dates.date(report.receivedAt(), zone, Locale.FRENCH),
                                        "m",
                                        Long.toString(metres),
                                        "category",
                                        category.label().fr(),
                                        "status",
                                        report.status().label().fr())),
                        Template.fill(
                                en,
                                Map.of(
                                        "date",
                                        Dates.date(report.receivedAt(), zone, Locale.ENGLISH),
                                        "m",
                                        Long.toString(metres),
                                        "category",
                                        category.label().en(),
                                        "status",
                                        report.status().label().en()))));
    }

    private String formats(String or) {
        List<String> names =
                photoRules.mediaTypes().stream()
                        .map(t -> t.substring(t.indexOf('/') + 1).toUpperCase(Locale.ROOT))
                        .sorted()
                        .toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1))
                + or
                + names.get(names.size() - 1);
    }

    private String size(Locale locale) {
        long bytes = photoRules.maxBytes();
        boolean en = Dates.isEnglish(locale);
        if (bytes % 1_000_000 == 0) {
            return bytes / 1_000_000 + (en ? " MB" : " Mo");
        }
        return Math.max(1, bytes / 1000) + (en ? " kB" : " ko");
    }

    private static ReportRefusal refusal(Reason reason, String fr, String en) {
        return new ReportRefusal(reason, new LocalizedText(fr, en));
    }
}
