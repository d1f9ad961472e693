package io.portail.core.receipt;

import static java.util.Objects.requireNonNull;

import io.portail.core.deadline.ImplicitDecision;
import io.portail.core.procedure.Service;
import io.portail.core.reference.Reference;
import io.portail.privacy.text.LocalizedText;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The electronic acknowledgement of receipt (accusé de réception électronique) of a request.
 *
 * <p>It carries the mentions of CRPA art. R112-11-1: the date the request was received; the service
 * in charge with its postal and email addresses and phone; whether silence will mean acceptance or
 * rejection and the date it takes effect, subject to the request being complete; and, for
 * acceptance, that an attestation can be asked for (L232-3), or, for rejection, the appeal routes
 * and deadline. It holds no answer of the resident. Immutable and thread-safe.
 *
 * @param reference the request's reference
 * @param procedureTitle the title of the procedure
 * @param communeName the commune's name
 * @param receivedAt when the request was received
 * @param zone the commune's time zone, in which dates are shown
 * @param service the service in charge
 * @param implicitDecision the decision silence will bring, or null if there is none
 * @param regimeSource the text that sets what silence means, in French and English
 * @param administrativeCourt the court to appeal to, such as "tribunal administratif d'Orléans"
 * @param complementedAt when the missing pieces arrived, for the receipt issued then (CRPA art.
 *     L114-5), or null for the receipt of the request itself
 */
public record Receipt(
        Reference reference,
        LocalizedText procedureTitle,
        String communeName,
        Instant receivedAt,
        ZoneId zone,
        Service service,
        @Nullable ImplicitDecision implicitDecision,
        LocalizedText regimeSource,
        String administrativeCourt,
        @Nullable Instant complementedAt) {
    /**
     * Checks the receipt.
     *
     * @param reference the request's reference
     * @param procedureTitle the title of the procedure
     * @param communeName the commune's name
     * @param receivedAt when the request was received
     * @param zone the commune's time zone
     * @param service the service in charge
     * @param implicitDecision the decision silence will bring, or null
     * @param regimeSource the text that sets what silence means
     * @param administrativeCourt the court to appeal to
     * @param complementedAt when the missing pieces arrived, or null
     */
    public Receipt {
        requireNonNull(reference, "reference");
        requireNonNull(procedureTitle, "procedureTitle");
        requireNonNull(communeName, "communeName");
        requireNonNull(receivedAt, "receivedAt");
        requireNonNull(zone, "zone");
        requireNonNull(service, "service");
        requireNonNull(regimeSource, "regimeSource");
        requireNonNull(administrativeCourt, "administrativeCourt");
        if (complementedAt != null && complementedAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException("The pieces cannot arrive before the request");
        }
    }

    /**
     * Makes the receipt of a request itself, with no missing pieces received yet.
     *
     * @param reference the request's reference
     * @param procedureTitle the title of the procedure
     * @param communeName the commune's name
     * @param receivedAt when the request was received
     * @param zone the commune's time zone
     * @param service the service in charge
     * @param implicitDecision the decision silence will bring, or null
     * @param regimeSource the text that sets what silence means
     * @param administrativeCourt the court to appeal to
     */
    public Receipt(
            Reference reference,
            LocalizedText procedureTitle,
            String communeName,
            Instant receivedAt,
            ZoneId zone,
            Service service,
            @Nullable ImplicitDecision implicitDecision,
            LocalizedText regimeSource,
            String administrativeCourt) {
        this(
                reference,
                procedureTitle,
                communeName,
                receivedAt,
                zone,
                service,
                implicitDecision,
                regimeSource,
                administrativeCourt,
                null);
    }
}
