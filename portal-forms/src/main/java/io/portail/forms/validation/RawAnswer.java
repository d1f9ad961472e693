package io.portail.forms.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * An answer as a resident sent it, before any check: a text, a list, or a group of named parts.
 *
 * <p>{@code toString} never shows what the resident typed.
 */
public sealed interface RawAnswer {
    /**
     * A text answer, as typed.
     *
     * @param value the text
     */
    record Text(String value) implements RawAnswer {
        /**
         * Wraps a text.
         *
         * @param value the text
         */
        public Text {
            requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "Text[" + value.length() + " chars]";
        }
    }

    /**
     * Several answers, such as the options ticked in a multiple choice.
     *
     * @param items the answers, in order
     */
    record Items(List<RawAnswer> items) implements RawAnswer {
        /**
         * Wraps the answers.
         *
         * @param items the answers, in order
         */
        public Items {
            items = List.copyOf(requireNonNull(items, "items"));
        }

        @Override
        public String toString() {
            return "Items[" + items.size() + "]";
        }
    }

    /**
     * Named parts of one answer, such as the lines of an address.
     *
     * @param parts the parts by name
     */
    record Group(Map<String, RawAnswer> parts) implements RawAnswer {
        /**
         * Wraps the parts.
         *
         * @param parts the parts by name
         */
        public Group {
            parts = Map.copyOf(requireNonNull(parts, "parts"));
        }

        @Override
        public String toString() {
            // The names may be anything a sender put there, unchecked: their number only.
            return "Group[" + parts.size() + (parts.size() == 1 ? " part]" : " parts]");
        }
    }
}
