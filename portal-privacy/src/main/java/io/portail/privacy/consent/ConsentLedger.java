package io.portail.privacy.consent;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.notice.Notice;
import io.portail.privacy.subject.SubjectRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * An append-only, hash-chained ledger of consents given and withdrawn, with a fast check of whether
 * a consent is in force.
 *
 * <p>Each entry carries the hash of the previous one, so that changing, removing or reordering an
 * entry breaks the chain; {@link #verify()} and {@link #verify(String)} find the first broken link.
 * Consent is never given by default: with no entry, {@link #isGiven} answers false. A withdrawal
 * takes one call with fewer fields than giving (GDPR art. 7(3)) and is effective from its instant.
 * Entries for one subject and purpose must be appended in time order, and a consent cannot be dated
 * before the notice it cites was published; {@link #verify(String)} and {@link #load} refuse an
 * exported ledger whose entries for one subject and purpose are out of time order. An exported line
 * carries the notice's version and hash but not its publication instant, so that rule is checked
 * when a consent is given, not when a ledger is read back.
 *
 * <p>{@link #isGiven} looks up an index by subject and purpose, then searches that pair's entries
 * by date: its cost does not grow with the size of the ledger. Thread-safe: appends are serialised,
 * checks never block.
 */
public final class ConsentLedger {
    /** The collector of an entry made by the resident online. */
    public static final String SELF = "self";

    private final Object lock = new Object();
    private final List<ConsentRecord> entries = new ArrayList<>();

    /** Timelines by purpose, then by subject reference. */
    private final Map<String, Map<String, Timeline>> index = new ConcurrentHashMap<>();

    /** Creates an empty ledger. */
    public ConsentLedger() {}

    /**
     * Records a consent.
     *
     * @param subject the data subject, an opaque reference
     * @param purpose the purpose, an activity resting on consent
     * @param notice the notice version the resident read
     * @param at when the resident gave consent
     * @param channel how it reached the commune
     * @param collector {@link #SELF}, or the opaque id of the agent who recorded it
     * @param expiresAt when the consent lapses, or null if it does not
     * @return the entry appended
     * @throws IllegalArgumentException if the notice is for another activity or was published after
     *     the instant, the expiry is not after the instant, the collector is not an opaque id, or
     *     the instant is before the last entry for this subject and purpose
     */
    public ConsentRecord give(
            SubjectRef subject,
            ConsentPurpose purpose,
            Notice notice,
            Instant at,
            Channel channel,
            String collector,
            @Nullable Instant expiresAt) {
        requireNonNull(subject, "subject");
        requireNonNull(purpose, "purpose");
        requireNonNull(notice, "notice");
        if (!notice.activityId().equals(purpose.id())) {
            throw new IllegalArgumentException(
                    "The notice is for " + notice.activityId() + ", not " + purpose.id());
        }
        requireNonNull(at, "at");
        if (at.isBefore(notice.publishedAt())) {
            // GDPR art. 7(1) and 13: the record shows the text the resident read, which cannot
            // be one that was not yet published.
            throw new IllegalArgumentException(
                    "A consent cannot be dated before the notice it cites was published (GDPR art."
                            + " 7(1), art. 13): version "
                            + notice.version()
                            + " of "
                            + notice.activityId());
        }
        return append(
                ConsentAction.GIVEN,
                subject,
                purpose.id(),
                notice.version(),
                notice.hash(),
                at,
                channel,
                collector,
                expiresAt);
    }

    /**
     * Records a withdrawal, effective from its instant.
     *
     * <p>It is recorded even when no consent is in force, so that a resident's withdrawal is never
     * refused and never depends on the state the commune believes in.
     *
     * @param subject the data subject
     * @param purposeId the activity whose consent is withdrawn
     * @param at when the resident withdrew consent
     * @param channel how it reached the commune
     * @param collector {@link #SELF}, or the opaque id of the agent who recorded it
     * @return the entry appended
     * @throws IllegalArgumentException if the instant is before the last entry for this subject and
     *     purpose, or an id is malformed
     */
    public ConsentRecord withdraw(
            SubjectRef subject, String purposeId, Instant at, Channel channel, String collector) {
        return append(
                ConsentAction.WITHDRAWN, subject, purposeId, 0, "-", at, channel, collector, null);
    }

    /**
     * Tells whether the subject's consent to the purpose is in force at the instant: the latest
     * entry at or before the instant is a consent that has not expired.
     *
     * @param subject the data subject
     * @param purposeId the activity
     * @param instant the instant
     * @return true if consent is in force; false with no entry
     */
    public boolean isGiven(SubjectRef subject, String purposeId, Instant instant) {
        requireNonNull(subject, "subject");
        requireNonNull(purposeId, "purposeId");
        requireNonNull(instant, "instant");
        Map<String, Timeline> byPurpose = index.get(purposeId);
        if (byPurpose == null) {
            return false;
        }
        Timeline timeline = byPurpose.get(subject.value());
        return timeline != null && timeline.isGiven(instant.getEpochSecond(), instant.getNano());
    }

    /**
     * Returns the entries, oldest first.
     *
     * @return a copy of the entries
     */
    public List<ConsentRecord> entries() {
        synchronized (lock) {
            return List.copyOf(entries);
        }
    }

    /**
     * Returns the number of entries.
     *
     * @return the size
     */
    public int size() {
        synchronized (lock) {
            return entries.size();
        }
    }

    /**
     * Verifies the chain held in memory.
     *
     * @return intact, or the first broken entry
     */
    public LedgerCheck verify() {
        return verifyLines(entries().stream().map(ConsentRecord::line).toList());
    }

    /**
     * Writes the ledger as text: one canonical line per entry, each ended by a line feed.
     *
     * @return the text, empty for an empty ledger
     */
    public String export() {
        StringBuilder out = new StringBuilder();
        for (ConsentRecord entry : entries()) {
            out.append(entry.line()).append('\n');
        }
        return out.toString();
    }

    /**
     * Verifies a ledger exported by {@link #export()}, byte for byte.
     *
     * @param text the exported text
     * @return intact, or the first broken line (from 0) and why
     */
    public static LedgerCheck verify(String text) {
        requireNonNull(text, "text");
        if (text.isEmpty()) {
            return LedgerCheck.intact();
        }
        if (!text.endsWith("\n")) {
            return new LedgerCheck(text.split("\n", -1).length - 1, "The last line is cut");
        }
        return verifyLines(Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1)));
    }

    /**
     * Returns the hash of the last entry: keep it apart from the ledger (in another store, or in a
     * signed notice), so that {@link #verify(String, String)} can tell a ledger whose last lines
     * were removed; the chain alone cannot.
     *
     * @return the hash of the last entry, or 64 zeros for an empty ledger
     */
    public String head() {
        synchronized (lock) {
            return entries.isEmpty()
                    ? ConsentRecord.GENESIS
                    : entries.get(entries.size() - 1).hash();
        }
    }

    /**
     * Verifies a ledger exported by {@link #export()}, and that it ends with the entry whose hash
     * was kept apart ({@link #head()}): lines removed at the end are found too.
     *
     * @param text the exported text
     * @param expectedHead the hash of the last entry, as kept
     * @return intact, or the first broken line and why
     */
    public static LedgerCheck verify(String text, String expectedHead) {
        requireNonNull(expectedHead, "expectedHead");
        LedgerCheck check = verify(text);
        if (!check.isIntact()) {
            return check;
        }
        List<String> lines =
                text.isEmpty()
                        ? List.of()
                        : Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
        String last =
                lines.isEmpty() ? ConsentRecord.GENESIS : parse(lines.get(lines.size() - 1)).hash();
        if (!last.equals(expectedHead)) {
            return new LedgerCheck(
                    lines.size(), "The ledger does not end with the entry kept as its last");
        }
        return check;
    }

    /**
     * Verifies a ledger exported by {@link #export()}, given as bytes.
     *
     * @param bytes the exported text in UTF-8
     * @return intact, or the first broken line and why
     */
    public static LedgerCheck verify(byte[] bytes) {
        requireNonNull(bytes, "bytes");
        return verify(new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * Reads a ledger exported by {@link #export()}, refusing it unless it verifies.
     *
     * @param text the exported text
     * @return the ledger
     * @throws IllegalArgumentException naming the first broken line
     */
    public static ConsentLedger load(String text) {
        LedgerCheck check = verify(text);
        if (!check.isIntact()) {
            throw new IllegalArgumentException(
                    "The consent ledger is broken at line "
                            + check.firstBroken()
                            + ": "
                            + check.reason());
        }
        ConsentLedger ledger = new ConsentLedger();
        if (!text.isEmpty()) {
            for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
                ConsentRecord entry = parse(line);
                ledger.entries.add(entry);
                ledger.index(entry);
            }
        }
        return ledger;
    }

    private ConsentRecord append(
            ConsentAction action,
            SubjectRef subject,
            String purposeId,
            int noticeVersion,
            String noticeHash,
            Instant at,
            Channel channel,
            String collector,
            @Nullable Instant expiresAt) {
        requireNonNull(subject, "subject");
        requireNonNull(purposeId, "purposeId");
        requireNonNull(at, "at");
        requireNonNull(channel, "channel");
        requireNonNull(collector, "collector");
        synchronized (lock) {
            Map<String, Timeline> byPurpose = index.get(purposeId);
            Timeline timeline = byPurpose == null ? null : byPurpose.get(subject.value());
            if (timeline != null && at.isBefore(timeline.last())) {
                throw new IllegalArgumentException(
                        "A consent entry cannot be dated before the previous entry for the same"
                                + " subject and purpose");
            }
            String previous =
                    entries.isEmpty()
                            ? ConsentRecord.GENESIS
                            : entries.get(entries.size() - 1).hash();
            ConsentRecord entry =
                    ConsentRecord.of(
                            entries.size(),
                            action,
                            subject,
                            purposeId,
                            noticeVersion,
                            noticeHash,
                            at,
                            channel,
                            collector,
                            expiresAt,
                            previous);
            entries.add(entry);
            index(entry);
            return entry;
        }
    }

    private void index(ConsentRecord entry) {
        index.computeIfAbsent(entry.purpose(), p -> new ConcurrentHashMap<>())
                .merge(
                        entry.subject().value(),
                        Timeline.of(entry),
                        (old, added) -> old.plus(entry));
    }

    private static LedgerCheck verifyLines(List<String> lines) {
        String previous = ConsentRecord.GENESIS;
        Map<String, Instant> lastByPair = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            ConsentRecord entry;
            try {
                entry = parse(lines.get(i));
            } catch (IllegalArgumentException e) {
                return new LedgerCheck(i, e.getMessage());
            }
            if (entry.sequence() != i) {
                return new LedgerCheck(i, "The entry is out of sequence");
            }
            if (!entry.previousHash().equals(previous)) {
                return new LedgerCheck(i, "The entry does not follow the previous one");
            }
            if (!entry.line().equals(lines.get(i))) {
                return new LedgerCheck(i, "The line is not in canonical form");
            }
            // The same rule as append: a chain whose hashes hold can still be written out of time
            // order, and would then show a withdrawal before the consent it withdraws (GDPR art.
            // 7(1), 7(3)); purpose and subject are tokens without '|', so the key is unambiguous.
            Instant last =
                    lastByPair.put(entry.purpose() + "|" + entry.subject().value(), entry.at());
            if (last != null && entry.at().isBefore(last)) {
                return new LedgerCheck(
                        i,
                        "The entry is dated before the previous entry for the same subject and"
                                + " purpose");
            }
            previous = entry.hash();
        }
        return LedgerCheck.intact();
    }

    private static ConsentRecord parse(String line) {
        String[] f = line.split("\\|", -1);
        if (f.length != 13 || !f[0].equals("c1")) {
            throw new IllegalArgumentException("The line does not have the fields of an entry");
        }
        try {
            return new ConsentRecord(
                    Long.parseLong(f[1]),
                    ConsentAction.valueOf(f[2]),
                    SubjectRef.of(f[3]),
                    f[4],
                    Integer.parseInt(f[5]),
                    f[6],
                    Instant.parse(f[7]),
                    Channel.valueOf(f[8]),
                    f[9],
                    f[10].equals("-") ? null : Instant.parse(f[10]),
                    f[11],
                    f[12]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("A date of the entry cannot be read", e);
        }
    }

    /**
     * The entries of one subject and purpose, in time order, packed four longs per entry (the
     * instant's seconds and nanos, the expiry's seconds, and the expiry's nanos times two plus 1
     * for a consent given) so that a check touches one array; replaced on append, never changed.
     */
    private static final class Timeline {
        private static final long NO_EXPIRY = Long.MAX_VALUE;

        private final long[] packed;

        private Timeline(long[] packed) {
            this.packed = packed;
        }

        static Timeline of(ConsentRecord entry) {
            return new Timeline(pack(new long[4], 0, entry));
        }

        Timeline plus(ConsentRecord entry) {
            return new Timeline(
                    pack(Arrays.copyOf(packed, packed.length + 4), packed.length, entry));
        }

        private static long[] pack(long[] into, int at, ConsentRecord entry) {
            Instant expiry = entry.expiresAt();
            into[at] = entry.at().getEpochSecond();
            into[at + 1] = entry.at().getNano();
            into[at + 2] = expiry == null ? NO_EXPIRY : expiry.getEpochSecond();
            into[at + 3] =
                    (expiry == null ? 0L : expiry.getNano() * 2L)
                            + (entry.action() == ConsentAction.GIVEN ? 1 : 0);
            return into;
        }

        Instant last() {
            int at = packed.length - 4;
            return Instant.ofEpochSecond(packed[at], packed[at + 1]);
        }

        boolean isGiven(long seconds, int nanos) {
            // The last entry at or before the instant decides; entries at the same instant
            // follow append order, so a withdrawal recorded after a consent at the same instant
            // wins.
            int low = 0;
            int high = packed.length / 4 - 1;
            int found = -1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                long s = packed[mid * 4];
                if (s < seconds || (s == seconds && packed[mid * 4 + 1] <= nanos)) {
                    found = mid;
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            if (found < 0) {
                return false;
            }
            long flags = packed[found * 4 + 3];
            if ((flags & 1) == 0) {
                return false;
            }
            long expirySeconds = packed[found * 4 + 2];
            return expirySeconds == NO_EXPIRY
                    || seconds < expirySeconds
                    || (seconds == expirySeconds && nanos < (flags >>> 1));
        }
    }
}
