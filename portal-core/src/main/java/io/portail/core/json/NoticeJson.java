package io.portail.core.json;

import static java.util.Objects.requireNonNull;

import io.portail.core.receipt.KeyRing;
import io.portail.core.receipt.Notice;
import io.portail.core.receipt.NoticeSignature;
import io.portail.core.receipt.SignedNotice;
import io.portail.core.receipt.Verification;
import io.portail.privacy.text.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes notices as canonical JSON and signs them: keys sorted, no insignificant white space, only
 * strings, arrays and objects, so that the same notice always gives the same bytes (the subset of
 * RFC 8785 these values need).
 *
 * <p>Thread-safe.
 */
public final class NoticeJson {
    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private NoticeJson() {}

    /**
     * Writes a notice as canonical JSON.
     *
     * @param notice the notice
     * @return the JSON text
     */
    public static String write(Notice notice) {
        requireNonNull(notice, "notice");
        Map<String, Object> json = new TreeMap<>();
        json.put("kind", notice.kind().wire());
        json.put("reference", notice.reference().toString());
        json.put("issuedAt", notice.issuedAt().toString());
        json.put("facts", new TreeMap<>(notice.facts()));
        json.put("title", text(notice.title()));
        json.put("paragraphs", notice.paragraphs().stream().map(NoticeJson::text).toList());
        return MAPPER.writeValueAsString(json);
    }

    /**
     * Signs a notice: writes its canonical JSON and signs its UTF-8 bytes with the current key.
     *
     * @param notice the notice
     * @param keys the key ring
     * @return the signed notice
     */
    public static SignedNotice sign(Notice notice, KeyRing keys) {
        requireNonNull(keys, "keys");
        String json = write(notice);
        return new SignedNotice(notice, json, keys.sign(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Verifies a notice's canonical JSON, as stored, against its signature.
     *
     * @param canonicalJson the JSON text kept with the notice
     * @param signature its signature
     * @param keys the key ring
     * @return the outcome
     */
    public static Verification verify(
            String canonicalJson, NoticeSignature signature, KeyRing keys) {
        requireNonNull(canonicalJson, "canonicalJson");
        requireNonNull(keys, "keys");
        return keys.verify(canonicalJson.getBytes(StandardCharsets.UTF_8), signature);
    }

    private static Map<String, Object> text(LocalizedText text) {
        Map<String, Object> json = new TreeMap<>();
        json.put("en", text.en());
        json.put("fr", text.fr());
        return json;
    }
}
