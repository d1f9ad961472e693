package io.portail.forms.internal.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;

/** The table of positions that readings and validations consult for every answer. */
class PositionsProperties {
    @Property
    void findsEveryIdAtItsPlaceAndNoOther(
            @ForAll @Size(max = 200) @UniqueElements List<@StringLength(max = 12) String> ids,
            @ForAll @StringLength(max = 12) String other) {
        Positions positions = Positions.of(ids);
        assertThat(positions.size()).isEqualTo(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            // A copy, not the same string: a name read from a document is another instance.
            assertThat(positions.of(new String(ids.get(i).toCharArray()))).isEqualTo(i);
            assertThat(positions.of(ids.get(i))).isEqualTo(i);
        }
        assertThat(positions.of(other)).isEqualTo(ids.indexOf(other));
    }

    @Test
    void idsOfTheSameHashAreToldApart() {
        // "Aa" and "BB" share String.hashCode, as do every mix of them.
        List<String> ids = new ArrayList<>();
        for (String a : List.of("Aa", "BB")) {
            for (String b : List.of("Aa", "BB")) {
                for (String c : List.of("Aa", "BB")) {
                    ids.add(a + b + c);
                }
            }
        }
        assertThat(Set.copyOf(ids.stream().map(String::hashCode).toList())).hasSize(1);
        Positions positions = Positions.of(ids);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(positions.of(ids.get(i))).isEqualTo(i);
        }
        assertThat(positions.of("AaAaBc")).isEqualTo(-1);
    }

    @Test
    void anEmptyListFindsNothing() {
        assertThat(Positions.of(List.of()).of("name")).isEqualTo(-1);
    }

    @Test
    void anIdListedTwiceIsRefusedWithoutShowingAnOddId() {
        assertThatThrownBy(() -> Positions.of(List.of("name", "city", "name")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An id is listed twice: name");
        assertThatThrownBy(() -> Positions.of(List.of("06 12 34 56 78", "06 12 34 56 78")))
                .hasMessage(
                        "An id is listed twice: (an id of 14 characters that is not a plain name)");
    }
}
