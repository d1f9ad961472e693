package io.portail.core.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.core.json.NoticeJson;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NoticeSignatureProperties {
    static final KeyRing KEYS = KeyRing.of("k1", KeyRingTests.key(42));
    static final SignedNotice SIGNED = NoticeJson.sign(NoticesTests.registration(), KEYS);
    static final byte[] BYTES = SIGNED.canonicalJson().getBytes(StandardCharsets.UTF_8);

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, BYTES.length - 1);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void flippingALowBitOfEveryByteFailsVerification(@ForAll("positions") int position) {
        byte[] changed = BYTES.clone();
        changed[position] ^= 1;

        assertThat(KEYS.verify(changed, SIGNED.signature())).isEqualTo(Verification.INVALID);
    }

    @Property(tries = 3000)
    void changingAnyByteOfTheSignedJsonFailsVerification(
            @ForAll("positions") int position, @ForAll @IntRange(min = 1, max = 255) int delta) {
        byte[] changed = BYTES.clone();
        changed[position] = (byte) (changed[position] + delta);

        assertThat(KEYS.verify(changed, SIGNED.signature())).isEqualTo(Verification.INVALID);
        assertThat(KEYS.verify(BYTES, SIGNED.signature())).isEqualTo(Verification.VALID);
    }
}
