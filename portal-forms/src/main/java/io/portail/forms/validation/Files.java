package io.portail.forms.validation;

import io.portail.forms.definition.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Words the media types and sizes of attachments as residents know them. */
final class Files {
    private Files() {}

    /** Names the accepted types, such as "JPEG, PDF, PNG", from the definition only. */
    static String types(FieldType.Attachment type) {
        List<String> names = new ArrayList<>();
        for (String media : new TreeSet<>(type.mediaTypes())) {
            String sub = media.substring(media.indexOf('/') + 1);
            names.add(
                    switch (media) {
                        case "application/pdf" -> "PDF";
                        case "image/jpeg" -> "JPEG";
                        case "image/png" -> "PNG";
                        case "image/heic" -> "HEIC";
                        default -> sub.toUpperCase(Locale.ROOT);
                    });
        }
        return String.join(", ", new TreeSet<>(names));
    }

    /** Writes a size in the largest whole unit: "5 Mo" or "5 MB", "300 ko" or "300 kB". */
    static String size(long bytes, boolean french) {
        if (bytes % (1L << 20) == 0) {
            return (bytes >> 20) + (french ? "\u00a0Mo" : " MB");
        }
        if (bytes >= 1L << 20) {
            long tenths = bytes * 10 / (1L << 20);
            String number = (tenths / 10) + (french ? "," : ".") + (tenths % 10);
            return number + (french ? "\u00a0Mo" : " MB");
        }
        if (bytes % 1024 == 0) {
            return (bytes >> 10) + (french ? "\u00a0ko" : " kB");
        }
        return bytes + (french ? "\u00a0octets" : " bytes");
    }
}
