package io.portail.privacy.bench;

import io.portail.privacy.SaintExemple;
import io.portail.privacy.consent.Channel;
import io.portail.privacy.consent.ConsentLedger;
import io.portail.privacy.consent.ConsentPurpose;
import io.portail.privacy.consent.ConsentRecord;
import io.portail.privacy.notice.Notice;
import io.portail.privacy.notice.NoticeHistory;
import io.portail.privacy.notice.NoticeWriter;
import io.portail.privacy.subject.SubjectRef;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checks whether consent is in force (target: 5 million checks per second or more) in a ledger of
 * 10 000 residents and about 15 000 entries, probed with 4 096 (subject, instant) pairs drawn at
 * random (one in eleven subjects has no entry), against a baseline that scans the ledger's entries
 * from the start for each check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class ConsentCheckBenchmark {
    static final int SUBJECTS = 10_000;
    static final int PROBES = 1 << 12;

    private ConsentLedger ledger;
    private List<ConsentRecord> entries;
    private SubjectRef[] subjects;
    private Instant[] instants;
    private int next;

    @Setup
    public void setUp() {
        var register = SaintExemple.register();
        ConsentPurpose purpose = ConsentPurpose.of(register.activity("newsletter").orElseThrow());
        Notice notice =
                NoticeHistory.of("newsletter")
                        .publish(NoticeWriter.write(register, "newsletter"), Instant.EPOCH)
                        .latest()
                        .orElseThrow();
        ledger = new ConsentLedger();
        Random random = new Random(7);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < SUBJECTS; i++) {
            SubjectRef subject = SubjectRef.of("res-" + i);
            Instant at = start.plusSeconds(random.nextInt(86_400 * 100));
            ledger.give(subject, purpose, notice, at, Channel.ONLINE, ConsentLedger.SELF, null);
            if (random.nextBoolean()) {
                ledger.withdraw(
                        subject,
                        "newsletter",
                        at.plusSeconds(random.nextInt(86_400 * 100)),
                        Channel.ONLINE,
                        ConsentLedger.SELF);
            }
        }
        entries = ledger.entries();
        subjects = new SubjectRef[PROBES];
        instants = new Instant[PROBES];
        for (int i = 0; i < PROBES; i++) {
            subjects[i] = SubjectRef.of("res-" + random.nextInt(SUBJECTS + SUBJECTS / 10));
            instants[i] = start.plusSeconds(random.nextInt(86_400 * 200));
        }
    }

    @Benchmark
    public boolean ledgerIsGiven() {
        int i = next++ & (PROBES - 1);
        return ledger.isGiven(subjects[i], "newsletter", instants[i]);
    }

    @Benchmark
    public boolean baselineLinearScan() {
        int i = next++ & (PROBES - 1);
        SubjectRef subject = subjects[i];
        Instant instant = instants[i];
        boolean given = false;
        for (ConsentRecord entry : entries) {
            if (entry.subject().equals(subject)
                    && entry.purpose().equals("newsletter")
                    && !entry.at().isAfter(instant)) {
                given = entry.grantsAt(instant);
            }
        }
        return given;
    }
}
