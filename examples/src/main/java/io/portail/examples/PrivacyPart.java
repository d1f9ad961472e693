package io.portail.examples;

import io.portail.core.procedure.Catalogue;
import io.portail.core.request.Request;
import io.portail.privacy.category.DataCategory;
import io.portail.privacy.notice.NoticeWriter;
import io.portail.privacy.retention.PlannedStep;
import io.portail.privacy.retention.RetainedRecord;
import io.portail.privacy.retention.RetentionPlan;
import io.portail.privacy.retention.RetentionPlanner;
import io.portail.privacy.retention.RetentionSchedule;
import io.portail.privacy.retention.RetentionTrigger;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The personal-data part of the demonstration: the notice residents read for a procedure, and the
 * retention plan of the requests the samples created, as the service sees it.
 */
final class PrivacyPart {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private PrivacyPart() {}

    /**
     * Prints the notice of the procedure's processing activity (GDPR art. 13).
     *
     * @param out where to print
     * @param catalogue the catalogue
     * @param procedureId the procedure
     * @param locale the language
     */
    static void notice(PrintStream out, Catalogue catalogue, String procedureId, Locale locale) {
        String activity = catalogue.procedure(procedureId).orElseThrow().activity().id();
        out.print(NoticeWriter.write(catalogue.register(), activity).in(locale));
    }

    /**
     * Prints the retention plan of the given requests on a few days, once they are closed.
     *
     * @param out where to print
     * @param catalogue the catalogue
     * @param requests the requests, all closed on the same day
     * @param closedOn the day they were closed
     * @param days the days to plan for
     * @param locale the language
     */
    static void retention(
            PrintStream out,
            Catalogue catalogue,
            List<Request> requests,
            LocalDate closedOn,
            List<LocalDate> days,
            Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        ZoneId zone = catalogue.commune().zone();
        List<RetainedRecord> records = new ArrayList<>();
        for (Request request : requests) {
            String activity =
                    catalogue.procedure(request.procedureId()).orElseThrow().activity().id();
            records.add(
                    RetainedRecord.of(
                            request.reference().toString(),
                            activity,
                            DataCategory.CIVIL_STATUS,
                            Map.of(
                                    RetentionTrigger.SUBMISSION,
                                    LocalDate.ofInstant(request.receivedAt(), zone),
                                    RetentionTrigger.CLOSURE,
                                    closedOn),
                            1));
        }
        out.println(
                english
                        ? "Requests closed on "
                                + DAY.format(closedOn)
                                + " once the documents were sent: "
                                + ids(records)
                        : "Demandes closes le "
                                + DAY.format(closedOn)
                                + ", une fois les documents envoyés : "
                                + ids(records));
        RetentionPlanner planner =
                new RetentionPlanner(RetentionSchedule.of(catalogue.register()), zone);
        for (LocalDate day : days) {
            RetentionPlan plan =
                    planner.plan(records, day.atStartOfDay(zone).plusHours(12).toInstant());
            String when = (english ? "On " : "Le ") + DAY.format(day) + " : ";
            if (english) {
                when = when.replace(" : ", ": ");
            }
            if (plan.isEmpty() && plan.held().isEmpty()) {
                out.println(when + (english ? "nothing to do." : "rien à faire."));
                continue;
            }
            List<String> parts = new ArrayList<>();
            if (!plan.toWarn().isEmpty()) {
                parts.add(
                        (english ? "warn before deletion " : "prévenir avant suppression ")
                                + steps(plan.toWarn()));
            }
            if (!plan.toArchive().isEmpty()) {
                parts.add(
                        (english ? "move to the archive " : "passer en archive ")
                                + steps(plan.toArchive()));
            }
            if (!plan.toPurge().isEmpty()) {
                parts.add((english ? "delete " : "supprimer ") + steps(plan.toPurge()));
            }
            if (!plan.held().isEmpty()) {
                parts.add(
                        (english
                                        ? "kept under a legal hold "
                                        : "gardés pour une procédure en cours ")
                                + plan.held());
            }
            out.println(when + String.join(" ; ", parts) + ".");
        }
    }

    private static String ids(List<RetainedRecord> records) {
        return records.stream().map(RetainedRecord::id).collect(Collectors.joining(", "));
    }

    private static String steps(List<PlannedStep> steps) {
        return steps.stream().map(PlannedStep::recordId).collect(Collectors.joining(", "));
    }
}
