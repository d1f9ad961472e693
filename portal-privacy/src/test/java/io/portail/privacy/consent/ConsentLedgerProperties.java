package io.portail.privacy.consent;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.privacy.subject.SubjectRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ConsentLedgerProperties {
    /** One append: who, whether it is a consent or a withdrawal, how many seconds later. */
    record Append(int subject, boolean give, int delaySeconds, boolean expires) {}

    @Provide
    Arbitrary<Append> appends() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 3600),
                        Arbitraries.of(true, false))
                .as(Append::new);
    }

    static ConsentLedger replay(List<Append> appends) {
        ConsentLedger ledger = new ConsentLedger();
        Instant at = ConsentLedgerTests.T0;
        for (Append append : appends) {
            at = at.plusSeconds(append.delaySeconds());
            SubjectRef subject = SubjectRef.of("res-" + append.subject());
            if (append.give()) {
                ledger.give(
                        subject,
                        ConsentLedgerTests.NEWSLETTER,
                        ConsentLedgerTests.NOTICE,
                        at,
                        Channel.ONLINE,
                        ConsentLedger.SELF,
                        append.expires() ? at.plusSeconds(1800) : null);
            } else {
                ledger.withdraw(subject, "newsletter", at, Channel.DESK, "agent-1");
            }
        }
        return ledger;
    }

    @Property
    void verifiesAfterAnySequenceOfAppends(
            @ForAll @Size(max = 40) List<@net.jqwik.api.From("appends") Append> appends) {
        ConsentLedger ledger = replay(appends);

        assertThat(ledger.verify().isIntact()).isTrue();
        assertThat(ConsentLedger.verify(ledger.export()).isIntact()).isTrue();
    }

    @Property(tries = 500)
    void failsAfterAnySingleByteTamper(
            @ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("appends") Append> appends,
            @ForAll @IntRange(min = 0, max = 1_000_000) int position,
            @ForAll @IntRange(min = 1, max = 255) int flip) {
        byte[] bytes = replay(appends).export().getBytes(StandardCharsets.UTF_8);
        int index = position % bytes.length;
        bytes[index] = (byte) (bytes[index] ^ flip);

        LedgerCheck check = ConsentLedger.verify(bytes);

        assertThat(check.isIntact()).isFalse();
    }

    @Property
    void aWithdrawalAlwaysWinsAfterItsInstant(
            @ForAll @Size(max = 30) List<@net.jqwik.api.From("appends") Append> appends,
            @ForAll @IntRange(min = 0, max = 4) int subject,
            @ForAll @IntRange(min = 0, max = 7200) int probeAfter) {
        ConsentLedger ledger = replay(appends);
        SubjectRef ref = SubjectRef.of("res-" + subject);
        Instant withdrawn =
                ledger.entries().isEmpty()
                        ? ConsentLedgerTests.T0
                        : ledger.entries().get(ledger.size() - 1).at();
        ledger.withdraw(ref, "newsletter", withdrawn, Channel.ONLINE, ConsentLedger.SELF);

        assertThat(ledger.isGiven(ref, "newsletter", withdrawn.plusSeconds(probeAfter))).isFalse();
    }

    @Property
    void theIndexAgreesWithAScanOfTheLedger(
            @ForAll @Size(max = 30) List<@net.jqwik.api.From("appends") Append> appends,
            @ForAll @IntRange(min = 0, max = 4) int subject,
            @ForAll @IntRange(min = 0, max = 40_000) int probeSeconds) {
        ConsentLedger ledger = replay(appends);
        SubjectRef ref = SubjectRef.of("res-" + subject);
        Instant probe = ConsentLedgerTests.T0.plusSeconds(probeSeconds);

        boolean scanned = false;
        for (ConsentRecord entry : ledger.entries()) {
            if (entry.subject().equals(ref) && !entry.at().isAfter(probe)) {
                scanned = entry.grantsAt(probe);
            }
        }

        assertThat(ledger.isGiven(ref, "newsletter", probe)).isEqualTo(scanned);
    }
}
