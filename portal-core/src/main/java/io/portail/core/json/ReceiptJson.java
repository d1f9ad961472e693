package io.portail.core.json;

import static java.util.Objects.requireNonNull;

import io.portail.core.deadline.ImplicitDecision;
import io.portail.core.procedure.Service;
import io.portail.core.receipt.Receipt;
import io.portail.core.receipt.ReceiptText;
import io.portail.privacy.text.LocalizedText;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a receipt as canonical JSON: keys sorted, no insignificant white space, only strings,
 * booleans and objects, so that the same receipt always gives the same bytes (the subset of RFC
 * 8785 these values need).
 *
 * <p>Dates are ISO 8601; the instant of receipt is written with the commune's offset. Thread-safe.
 */
public final class ReceiptJson {
    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private ReceiptJson() {}

    /**
     * Writes the receipt.
     *
     * @param receipt the receipt
     * @return the canonical JSON text
     */
    public static String write(Receipt receipt) {
        requireNonNull(receipt, "receipt");
        Map<String, Object> json = new TreeMap<>();
        json.put("type", "acknowledgement-of-receipt");
        json.put("legalBasis", "CRPA art. L112-11, R112-11-1");
        json.put("reference", receipt.reference().toString());
        json.put("procedure", text(receipt.procedureTitle()));
        json.put("commune", receipt.communeName());
        json.put("receivedAt", toTheSecond(receipt.receivedAt(), receipt));
        Instant complementedAt = receipt.complementedAt();
        if (complementedAt != null) {
            json.put("complementedAt", toTheSecond(complementedAt, receipt));
        }
        json.put("service", service(receipt.service()));
        ImplicitDecision decision = receipt.implicitDecision();
        if (decision != null) {
            Map<String, Object> implicit = new TreeMap<>();
            implicit.put(
                    "kind",
                    decision.kind() == ImplicitDecision.Kind.ACCEPTANCE
                            ? "acceptance"
                            : "rejection");
            implicit.put("bornAtEndOf", decision.bornOn().toString());
            implicit.put("effectiveFrom", decision.effectiveFrom().toString());
            implicit.put("subjectToCompleteRequest", Boolean.TRUE);
            implicit.put("source", text(receipt.regimeSource()));
            if (decision.kind() == ImplicitDecision.Kind.ACCEPTANCE) {
                implicit.put("attestation", "CRPA art. L232-3");
            } else {
                Map<String, Object> appeal = new TreeMap<>();
                appeal.put("period", "P2M");
                appeal.put("court", receipt.administrativeCourt());
                appeal.put("online", "https://citoyens.telerecours.fr");
                appeal.put("source", "CJA art. R421-1, R421-2");
                implicit.put("appeal", appeal);
            }
            json.put("implicitDecision", implicit);
        }
        json.put(
                "text",
                text(
                        new LocalizedText(
                                ReceiptText.render(receipt, Locale.FRENCH),
                                ReceiptText.render(receipt, Locale.ENGLISH))));
        return MAPPER.writeValueAsString(json);
    }

    private static Map<String, Object> service(Service service) {
        Map<String, Object> json = new TreeMap<>();
        json.put("name", text(service.name()));
        json.put("postalAddress", service.postalAddress());
        json.put("email", service.email());
        json.put("phone", service.phone());
        json.put("openingHours", text(service.hours().describe()));
        return json;
    }

    /** To the second, as a resident reads a time; the stored instant keeps its precision. */
    private static String toTheSecond(Instant instant, Receipt receipt) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(receipt.zone()));
    }

    private static Map<String, Object> text(LocalizedText text) {
        Map<String, Object> json = new TreeMap<>();
        json.put("en", text.en());
        json.put("fr", text.fr());
        return json;
    }
}
