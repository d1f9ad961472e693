package io.portail.forms.internal.definition;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.forms.definition.Field;
import io.portail.forms.definition.FieldType;
import io.portail.privacy.category.DataCategory;
import io.portail.privacy.text.LocalizedText;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link Ids#unknown} and {@link Ids#closest}: an id received that the form does not have is never
 * repeated, and the form's own id closest to it is suggested.
 */
class IdsProperties {
    private static Field field(String id) {
        return Field.builder(
                        id,
                        new FieldType.ShortText(20),
                        LocalizedText.same(id),
                        DataCategory.IDENTITY)
                .build();
    }

    private static final Field[] FIELDS = {
        field("family-name"), field("given-names"), field("email"), field("address")
    };

    @Property(tries = 2000)
    void neverRepeatsTheIdReceived(@ForAll @StringLength(min = 3, max = 80) String id) {
        Assume.that(Ids.closest(id, FIELDS) == null || !Ids.closest(id, FIELDS).equals(id));

        assertThat(Ids.unknown(id, FIELDS)).doesNotContain(id);
    }

    @Property(tries = 1000)
    void theDistanceIsZeroOnlyForTheSameTextAndIsSymmetric(
            @ForAll @StringLength(max = 12) @CharRange(from = 'a', to = 'e') String a,
            @ForAll @StringLength(max = 12) @CharRange(from = 'a', to = 'e') String b) {
        assertThat(Ids.distance(a, b)).isEqualTo(Ids.distance(b, a));
        assertThat(Ids.distance(a, b) == 0).isEqualTo(a.equals(b));
        assertThat(Ids.distance(a, b))
                .isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
    }

    @Property(tries = 1000)
    void oneTypingSlipIsOneEdit(
            @ForAll @StringLength(min = 2, max = 12) @CharRange(from = 'a', to = 'z') String id,
            @ForAll @IntRange(min = 0, max = 11) int at,
            @ForAll @CharRange(from = '0', to = '9') char typed) {
        int i = at % id.length();
        String removed = id.substring(0, i) + id.substring(i + 1);
        String added = id.substring(0, i) + typed + id.substring(i);
        String replaced = id.substring(0, i) + typed + id.substring(i + 1);

        assertThat(Ids.distance(id, removed)).isEqualTo(1);
        assertThat(Ids.distance(id, added)).isEqualTo(1);
        assertThat(Ids.distance(id, replaced)).isEqualTo(1);
        if (i + 1 < id.length() && id.charAt(i) != id.charAt(i + 1)) {
            String swapped =
                    id.substring(0, i) + id.charAt(i + 1) + id.charAt(i) + id.substring(i + 2);
            assertThat(Ids.distance(id, swapped)).isEqualTo(1);
        }
    }

    @Example
    void suggestsTheClosestIdWithinTwoEditsOrTheSameButForCase() {
        assertThat(Ids.closest("adress", FIELDS)).isEqualTo("address");
        assertThat(Ids.closest("familyname", FIELDS)).isEqualTo("family-name");
        assertThat(Ids.closest("given-nmaes", FIELDS)).isEqualTo("given-names");
        assertThat(Ids.closest("EMAIL", FIELDS)).isEqualTo("email");
        assertThat(Ids.closest("mail", FIELDS)).isEqualTo("email");
        assertThat(Ids.closest("Durand", FIELDS)).isNull();
        assertThat(Ids.closest("phone", FIELDS)).isNull();
        assertThat(Ids.closest("", FIELDS)).isNull();
        assertThat(Ids.closest("a".repeat(65), FIELDS)).isNull();
    }

    @Example
    void wordsTheIdByItsLengthAndTheSuggestion() {
        assertThat(Ids.unknown("adress", FIELDS))
                .isEqualTo("(an id of 6 characters; did you mean \"address\"?)");
        assertThat(Ids.unknown("x", FIELDS)).isEqualTo("(an id of 1 character)");
        assertThat(Ids.unknown("Jean Dupont", FIELDS)).isEqualTo("(an id of 11 characters)");
    }
}
