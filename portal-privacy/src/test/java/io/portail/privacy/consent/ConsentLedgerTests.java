package io.portail.privacy.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.privacy.SaintExemple;
import io.portail.privacy.notice.Notice;
import io.portail.privacy.notice.NoticeHistory;
import io.portail.privacy.notice.NoticeWriter;
import io.portail.privacy.subject.SubjectRef;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConsentLedgerTests {
    static final Instant T0 = Instant.parse("2026-03-16T10:00:00Z");
    static final SubjectRef ALICE = SubjectRef.of("res-0001");
    static final SubjectRef BOB = SubjectRef.of("res-0002");
    static final ConsentPurpose NEWSLETTER =
            ConsentPurpose.of(SaintExemple.register().activity("newsletter").orElseThrow());
    static final Notice NOTICE =
            NoticeHistory.of("newsletter")
                    .publish(
                            NoticeWriter.write(SaintExemple.register(), "newsletter"),
                            Instant.parse("2026-01-01T00:00:00Z"))
                    .latest()
                    .orElseThrow();

    private final ConsentLedger ledger = new ConsentLedger();

    @Nested
    class Checking {
        @Test
        void isNeverGivenByDefault() {
            // GDPR art. 4(11) and recital 32: silence or inactivity is not consent.
            assertThat(ledger.isGiven(ALICE, "newsletter", T0)).isFalse();
        }

        @Test
        void isGivenFromItsInstant() {
            ledger.give(ALICE, NEWSLETTER, NOTICE, T0, Channel.ONLINE, ConsentLedger.SELF, null);

            assertThat(ledger.isGiven(ALICE, "newsletter", T0.minusNanos(1))).isFalse();
            assertThat(ledger.isGiven(ALICE, "newsletter", T0)).isTrue();
            assertThat(ledger.isGiven(BOB, "newsletter", T0)).isFalse();
        }

        @Test
        void aWithdrawalIsEffectiveFromItsInstant() {
            // GDPR art. 7(3): withdrawal does not affect what was done before it.
            Instant withdrawn = T0.plusSeconds(3600);
            ledger.give(ALICE, NEWSLETTER, NOTICE, T0, Channel.ONLINE, ConsentLedger.SELF, null);
            ledger.withdraw(ALICE, "newsletter", withdrawn, Channel.ONLINE, ConsentLedger.SELF);

            assertThat(ledger.isGiven(ALICE, "newsletter", withdrawn.minusNanos(1))).isTrue();
            assertThat(ledger.isGiven(ALICE, "newsletter", withdrawn)).isFalse();
        }

        @Test
        void aWithdrawalAtTheSameInstantWins() {
            ledger.give(ALICE, NEWSLETTER, NOTICE, T0, Channel.DESK, "agent-17", null);
            ledger.withdraw(ALICE, "newsletter", T0, Channel.ONLINE, ConsentLedger.SELF);

            assertThat(ledger.isGiven(ALICE, "newsletter", T0)).isFalse();
        }

        @Test
        void lapsesAtItsExpiry() {
            Instant expiry = T0.plusSeconds(86_400);
            ledger.give(ALICE, NEWSLETTER, NOTICE, T0, Channel.ONLINE, ConsentLedger.SELF, expiry);

            assertThat(ledger.isGiven(ALICE, "newsletter", expiry.minusNanos(1))).isTrue();
            assertThat(ledger.isGiven(ALICE, "newsletter", expiry)).isFalse();
        }
    }

    @Nested
    class Refusals {
        @Test
        void refusesToAskConsentForAPublicTask() {
            // GDPR art. 7 and recital 43: consent cannot be the basis where refusing it would
            // change nothing.
            var canteen = SaintExemple.register().activity("canteen").orElseThrow();

            assertThatThrownBy(() -> ConsentPurpose.of(canteen))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "Consent cannot be asked for canteen: it rests on a public task"
                                    + " entrusted to the commune (GDPR art. 6(1)(e)), so refusing"
                                    + " or withdrawing consent would not stop the processing and"
                                    + " asking would mislead residents (GDPR art. 7, recital 43);"
                                    + " inform them with the notice instead");
        }

        @Test
        void refusesToAskConsentForALegalObligation() {
            var payments = SaintExemple.register().activity("payments").orElseThrow();

            assertThatThrownBy(() -> ConsentPurpose.of(payments))
                    .hasMessageStartingWith(
                            "Consent cannot be asked for payments: it rests on a legal obligation"
                                    + " of the commune (GDPR art. 6(1)(c))");
        }

        @Test
        void refusesAnEntryDatedBeforeThePreviousOneAndChangesNothing() {
            ledger.give(ALICE, NEWSLETTER, NOTICE, T0, Channel.ONLINE, ConsentLedger.SELF, null);

            assertThatThrownBy(
                            () ->
                                    ledger.withdraw(
                                            ALICE,
                                            "newsletter",
                                            T0.minusSeconds(1),
                                            Channel.ONLINE,
                                            ConsentLedger.SELF))
                    .hasMessage(
                            "A consent entry cannot be dated before the previous entry for the"
                                    + " same subject and purpose");
            assertThat(ledger.size()).isEqualTo(1);
            assertThat(ledger.verify().isIntact()).isTrue();
        }

        @Test
        void refusesAConsentDatedBeforeItsNoticeWasPublishedAndChangesNothing() {
            // GDPR art. 7(1) and 13: the record must show the text the resident read; a text not
            // yet published cannot have been read.
            Instant published = NOTICE.publishedAt();

            assertThatThrownBy(
                            () ->
                                    ledger.give(
                                            ALICE,
                                            NEWSLETTER,
                                            NOTICE,
                                            published.minusSeconds(3600),
                                            Channel.ONLINE,
                                            ConsentLedger.SELF,
                                            null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "A consent cannot be dated before the notice it cites was published"
                                    + " (GDPR art. 7(1), art. 13): version 1 of newsletter")
                    .hasMessageNotContaining(ALICE.value());
            assertThat(ledger.size()).isZero();
            assertThat(ledger.isGiven(ALICE, "newsletter", published)).isFalse();
        }

        @Test
        void takesAConsentGivenTheInstantItsNoticeWasPublished() {
            ledger.give(
                    ALICE,
                    NEWSLETTER,
                    NOTICE,
                    NOTICE.publishedAt(),
                    Channel.ONLINE,
                    ConsentLedger.SELF,
                    null);

            assertThat(ledger.isGiven(ALICE, "newsletter", NOTICE.publishedAt())).isTrue();
        }

        @Test
        void refusesASubjectReferenceThatLooksLikePersonalData() {
            assertThatThrownBy(() -> SubjectRef.of("alice@example.org"))
                    .hasMessage(
                            "A subject reference is an opaque id of 1 to 64 letters, digits or"
                                    + " . _ : -");
        }
    }

    @Nested
    class Concurrency {
        @Test
        void appendsFromManyThreadsKeepAnIntactChain() throws InterruptedException {
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.length; t++) {
                int thread = t;
                threads[t] =
                        new Thread(
                                () -> {
                                    for (int i = 0; i < 250; i++) {
                                        SubjectRef subject =
                                                SubjectRef.of("res-" + thread + "-" + i);
                                        ledger.give(
                                                subject,
                                                NEWSLETTER,
                                                NOTICE,
                                                T0,
                                                Channel.ONLINE,
                                                "self",
                                                null);
                                        ledger.withdraw(
                                                subject,
                                                "newsletter",
                                                T0.plusSeconds(1),
                                                Channel.ONLINE,
                                                "self");
                                    }
                                });
                threads[t].start();
            }
            for (Thread thread : threads) {
                thread.join();
            }

            assertThat(ledger.size()).isEqualTo(2000);
            assertThat(ledger.verify().isIntact()).isTrue();
            assertThat(ledger.isGiven(SubjectRef.of("res-3-249"), "newsletter", T0)).isTrue();
        }
    }

    @Nested
    class Chain {
        @Test
        void chainsEachEntryToThePreviousOne() {
            var first = ledger.give(ALICE, NEWSLETTER, NOTICE, T0, Channel.ONLINE, "self", null);
            var second = ledger.withdraw(ALICE, "newsletter", T0, Channel.PHONE, "agent-3");

            assertThat(first.previousHash()).isEqualTo(ConsentRecord.GENESIS);
            assertThat(second.previousHash()).isEqualTo(first.hash());
            assertThat(first.noticeHash()).isEqualTo(NOTICE.hash());
            assertThat(first.noticeVersion()).isEqualTo(1);
        }

        @Test
        void exportsLinesThatVerifyAndLoadBack() {
            ledger.give(ALICE, NEWSLETTER, NOTICE, T0, Channel.ONLINE, "self", null);
            ledger.give(BOB, NEWSLETTER, NOTICE, T0, Channel.PAPER, "agent-3", null);
            ledger.withdraw(ALICE, "newsletter", T0.plusSeconds(5), Channel.ONLINE, "self");

            String text = ledger.export();
            ConsentLedger loaded = ConsentLedger.load(text);

            assertThat(ConsentLedger.verify(text).isIntact()).isTrue();
            assertThat(loaded.entries()).isEqualTo(ledger.entries());
            assertThat(loaded.isGiven(BOB, "newsletter", T0.plusSeconds(9))).isTrue();
            assertThat(loaded.isGiven(ALICE, "newsletter", T0.plusSeconds(9))).isFalse();
        }

        @Test
        void findsTheFirstBrokenLink() {
            ledger.give(ALICE, NEWSLETTER, NOTICE, T0, Channel.ONLINE, "self", null);
            ledger.give(BOB, NEWSLETTER, NOTICE, T0, Channel.ONLINE, "self", null);
            ledger.withdraw(ALICE, "newsletter", T0.plusSeconds(5), Channel.ONLINE, "self");
            String tampered = ledger.export().replace("res-0002", "res-0003");

            LedgerCheck check = ConsentLedger.verify(tampered);

            assertThat(check.firstBroken()).isEqualTo(1);
            assertThat(check.reason()).isEqualTo("The hash does not match the entry");
        }

        @Test
        void findsARemovedEntry() {
            ledger.give(ALICE, NEWSLETTER, NOTICE, T0, Channel.ONLINE, "self", null);
            ledger.give(BOB, NEWSLETTER, NOTICE, T0, Channel.ONLINE, "self", null);
            ledger.withdraw(ALICE, "newsletter", T0.plusSeconds(5), Channel.ONLINE, "self");
            String[] lines = ledger.export().split("\n");

            LedgerCheck check = ConsentLedger.verify(lines[0] + "\n" + lines[2] + "\n");

            assertThat(check.firstBroken()).isEqualTo(1);
            assertThat(check.reason()).isEqualTo("The entry is out of sequence");
        }

        @Test
        void findsTheLastEntriesRemovedWhenTheHeadWasKeptApart() {
            ledger.give(ALICE, NEWSLETTER, NOTICE, T0, Channel.ONLINE, "self", null);
            ledger.withdraw(ALICE, "newsletter", T0.plusSeconds(5), Channel.ONLINE, "self");
            String head = ledger.head();
            String[] lines = ledger.export().split("\n");
            String cut = lines[0] + "\n";

            // The chain alone cannot tell: the withdrawal is gone, and the rest is intact.
            assertThat(ConsentLedger.verify(cut).isIntact()).isTrue();
            LedgerCheck check = ConsentLedger.verify(cut, head);

            assertThat(check.firstBroken()).isEqualTo(1);
            assertThat(check.reason())
                    .isEqualTo("The ledger does not end with the entry kept as its last");
            assertThat(ConsentLedger.verify(ledger.export(), head).isIntact()).isTrue();
            assertThat(ConsentLedger.verify("", new ConsentLedger().head()).isIntact()).isTrue();
        }

        @Test
        void findsAWithdrawalWrittenBeforeTheConsentItFollows() {
            // GDPR art. 7(1) and 7(3): hashes that hold do not make the order true; a chain
            // written with a withdrawal dated before the consent it follows is refused, as
            // append refuses it.
            ConsentRecord given =
                    ConsentRecord.of(
                            0,
                            ConsentAction.GIVEN,
                            ALICE,
                            "newsletter",
                            1,
                            NOTICE.hash(),
                            T0.plusSeconds(60),
                            Channel.ONLINE,
                            "self",
                            null,
                            ConsentRecord.GENESIS);
            ConsentRecord other =
                    ConsentRecord.of(
                            1,
                            ConsentAction.GIVEN,
                            BOB,
                            "newsletter",
                            1,
                            NOTICE.hash(),
                            T0,
                            Channel.ONLINE,
                            "self",
                            null,
                            given.hash());
            ConsentRecord withdrawn =
                    ConsentRecord.of(
                            2,
                            ConsentAction.WITHDRAWN,
                            ALICE,
                            "newsletter",
                            0,
                            "-",
                            T0,
                            Channel.ONLINE,
                            "self",
                            null,
                            other.hash());
            String text = given.line() + "\n" + other.line() + "\n" + withdrawn.line() + "\n";

            LedgerCheck check = ConsentLedger.verify(text);

            assertThat(check.firstBroken()).isEqualTo(2);
            assertThat(check.reason())
                    .isEqualTo(
                            "The entry is dated before the previous entry for the same subject"
                                    + " and purpose");
            assertThatThrownBy(() -> ConsentLedger.load(text))
                    .hasMessage(
                            "The consent ledger is broken at line 2: The entry is dated before"
                                    + " the previous entry for the same subject and purpose");
            // Another subject's entry dated earlier is in order.
            assertThat(ConsentLedger.verify(given.line() + "\n" + other.line() + "\n").isIntact())
                    .isTrue();
        }

        @Test
        void refusesToLoadABrokenLedger() {
            ledger.give(ALICE, NEWSLETTER, NOTICE, T0, Channel.ONLINE, "self", null);
            String tampered = ledger.export().replace("ONLINE", "DESK");

            assertThatThrownBy(() -> ConsentLedger.load(tampered))
                    .hasMessage(
                            "The consent ledger is broken at line 0: The hash does not match the"
                                    + " entry");
        }
    }
}
