package io.portail.core.procedure;

import static java.util.Objects.requireNonNull;

import io.portail.core.internal.Ids;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.validation.NormalisedAnswers;
import io.portail.privacy.category.DataCategory;
import io.portail.privacy.register.ProcessingActivity;
import io.portail.privacy.text.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An online procedure (démarche en ligne) a commune offers: what it is for, who handles it, its
 * form, how the personal data is processed, and what silence means.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable identifier, such as {@code birth-record}
 * @param version the version, from 1
 * @param title the title a resident reads
 * @param summary a plain summary: who it is for and what it gives
 * @param service the service in charge
 * @param form the form residents fill in
 * @param activity the processing activity of the commune's record that covers it
 * @param regime what the administration's silence means
 * @param availability whether this version is offered, and when
 * @param documents the supporting documents it asks for, some under conditions on the answers
 * @param feeCents its fee in euro cents; zero when free
 */
public record Procedure(
        String id,
        int version,
        LocalizedText title,
        LocalizedText summary,
        Service service,
        FormDefinition form,
        ProcessingActivity activity,
        DecisionRegime regime,
        Availability availability,
        List<SupportingDocument> documents,
        long feeCents) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Checks the procedure, including data minimisation: every category of personal data the form
     * collects must be declared for the processing activity (GDPR art. 5(1)(c) and 30(1)(c)).
     *
     * @param id the stable identifier
     * @param version the version, from 1
     * @param title the title a resident reads
     * @param summary a plain summary
     * @param service the service in charge
     * @param form the form residents fill in
     * @param activity the processing activity that covers it
     * @param regime what the administration's silence means
     * @param availability whether this version is offered, and when
     * @param documents the supporting documents it asks for
     * @param feeCents its fee in euro cents, zero or more
     * @throws IllegalArgumentException if the id is malformed, the version is below 1, the fee
     *     negative, two documents share a code, or the form collects a category the activity does
     *     not declare
     */
    public Procedure {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(summary, "summary");
        requireNonNull(service, "service");
        requireNonNull(form, "form");
        requireNonNull(activity, "activity");
        requireNonNull(regime, "regime");
        requireNonNull(availability, "availability");
        documents = List.copyOf(requireNonNull(documents, "documents"));
        if (feeCents < 0) {
            throw new IllegalArgumentException("A fee is zero or more cents: " + feeCents);
        }
        if (documents.stream().map(SupportingDocument::code).distinct().count()
                != documents.size()) {
            throw new IllegalArgumentException("Two supporting documents share a code in " + id);
        }
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "A procedure id is lower-case words joined by hyphens: " + Ids.shown(id));
        }
        if (version < 1) {
            throw new IllegalArgumentException("A procedure version starts at 1");
        }
        List<DataCategory> undeclared =
                form.categories().stream().filter(c -> !activity.declares(c)).toList();
        if (!undeclared.isEmpty()) {
            throw new IllegalArgumentException(
                    "Form "
                            + form.id()
                            + " collects "
                            + undeclared
                            + ", which processing activity "
                            + activity.id()
                            + " does not declare; declare it in the register or remove the"
                            + " field");
        }
    }

    /**
     * Creates a procedure always available, free, asking for no supporting document.
     *
     * @param id the stable identifier
     * @param version the version, from 1
     * @param title the title a resident reads
     * @param summary a plain summary
     * @param service the service in charge
     * @param form the form residents fill in
     * @param activity the processing activity that covers it
     * @param regime what the administration's silence means
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Procedure(
            String id,
            int version,
            LocalizedText title,
            LocalizedText summary,
            Service service,
            FormDefinition form,
            ProcessingActivity activity,
            DecisionRegime regime) {
        this(
                id,
                version,
                title,
                summary,
                service,
                form,
                activity,
                regime,
                Availability.always(),
                List.of(),
                0);
    }

    /**
     * Tells whether the procedure is free of charge.
     *
     * @return true when the fee is zero
     */
    public boolean isFree() {
        return feeCents == 0;
    }

    /**
     * Returns the supporting documents asked for, given the answers.
     *
     * @param answers the checked answers
     * @return the documents whose condition holds, in catalogue order
     * @throws IllegalStateException if a condition compares a date with today: use {@link
     *     #documentsFor(NormalisedAnswers, LocalDate)}
     */
    public List<SupportingDocument> documentsFor(NormalisedAnswers answers) {
        requireNonNull(answers, "answers");
        return documents.stream().filter(d -> d.isAskedFor(answers)).toList();
    }

    /**
     * Returns the supporting documents asked for, given the answers and the day they are judged on.
     *
     * @param answers the checked answers
     * @param today the day, in the commune's zone, that conditions such as {@code today-P3Y} read
     * @return the documents whose condition holds, in catalogue order
     */
    public List<SupportingDocument> documentsFor(NormalisedAnswers answers, LocalDate today) {
        requireNonNull(answers, "answers");
        requireNonNull(today, "today");
        return documents.stream().filter(d -> d.isAskedFor(answers, today)).toList();
    }
}
