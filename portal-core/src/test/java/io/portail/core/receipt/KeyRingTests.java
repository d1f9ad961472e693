package io.portail.core.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KeyRingTests {
    static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    static final byte[] PAYLOAD = "{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_8);

    @Nested
    class Rotation {
        @Test
        void signsWithTheNewKeyAndStillVerifiesTheOld() {
            KeyRing first = KeyRing.of("2026-01", key(1));
            NoticeSignature old = first.sign(PAYLOAD);

            KeyRing rotated = first.withCurrentKey("2026-07", key(2));
            NoticeSignature fresh = rotated.sign(PAYLOAD);

            assertThat(fresh.keyId()).isEqualTo("2026-07");
            assertThat(rotated.verify(PAYLOAD, old)).isEqualTo(Verification.VALID);
            assertThat(rotated.verify(PAYLOAD, fresh)).isEqualTo(Verification.VALID);
            assertThat(rotated.without("2026-01").verify(PAYLOAD, old))
                    .isEqualTo(Verification.UNKNOWN_KEY);
        }

        @Test
        void refusesAnUnknownKeyId() {
            KeyRing ring = KeyRing.of("k1", key(1));
            NoticeSignature forged = new NoticeSignature("k9", ring.sign(PAYLOAD).value());

            assertThat(ring.verify(PAYLOAD, forged)).isEqualTo(Verification.UNKNOWN_KEY);
        }

        @Test
        void refusesASignatureFromAnotherKeyWithTheSameId() {
            NoticeSignature other = KeyRing.of("k1", key(7)).sign(PAYLOAD);

            assertThat(KeyRing.of("k1", key(1)).verify(PAYLOAD, other))
                    .isEqualTo(Verification.INVALID);
        }

        @Test
        void refusesAMalformedSignature() {
            assertThat(KeyRing.of("k1", key(1)).verify(PAYLOAD, new NoticeSignature("k1", "%%%")))
                    .isEqualTo(Verification.INVALID);
        }
    }

    @Nested
    class Keys {
        @Test
        void refusesAShortKeyAndNeverShowsKeys() {
            assertThatThrownBy(() -> KeyRing.of("k1", new byte[16]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("An HMAC-SHA256 key has at least 32 bytes");
            assertThat(KeyRing.of("k1", key(65)).toString()).isEqualTo("KeyRing[k1], current k1");
        }

        @Test
        void signsTheKnownAnswerOfRfc4231TestCase6() {
            // RFC 4231 section 4.7: HMAC-SHA-256 with a 131-byte key.
            byte[] key = new byte[131];
            Arrays.fill(key, (byte) 0xaa);
            byte[] data =
                    "Test Using Larger Than Block-Size Key - Hash Key First"
                            .getBytes(StandardCharsets.US_ASCII);

            NoticeSignature signature = KeyRing.of("rfc", key).sign(data);

            // 60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54 in base64url
            assertThat(signature.value()).isEqualTo("YOQxWR7gtn8Niiaqy_W3f44LxiE3KMUUBUYEDw7jf1Q");
        }
    }
}
