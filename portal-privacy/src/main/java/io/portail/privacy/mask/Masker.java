package io.portail.privacy.mask;

import static java.util.Objects.requireNonNull;

import io.portail.privacy.category.DataCategory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Masks personal values by data category, for logs, exception messages and {@code toString}.
 *
 * <p>A category takes the strategy of its nearest ancestor that has one, and {@link
 * MaskStrategy#FULL} when none has: a value of an unknown category is masked entirely. The built-in
 * masker masks {@code contact.email}, {@code contact.phone}, {@code nir}, {@code financial.iban},
 * {@code identity.name} and {@code contact.address} with their own strategies. Immutable and
 * thread-safe.
 */
public final class Masker {
    private static final Masker BUILT_IN =
            new Masker(
                    Map.of(
                            DataCategory.EMAIL, MaskStrategy.EMAIL,
                            DataCategory.PHONE, MaskStrategy.PHONE,
                            DataCategory.NIR, MaskStrategy.NIR,
                            DataCategory.IBAN, MaskStrategy.IBAN,
                            DataCategory.NAME, MaskStrategy.NAME,
                            DataCategory.ADDRESS, MaskStrategy.ADDRESS));

    private final Map<DataCategory, MaskStrategy> strategies;

    private Masker(Map<DataCategory, MaskStrategy> strategies) {
        this.strategies = Map.copyOf(strategies);
    }

    /**
     * Returns the built-in masker.
     *
     * @return the masker
     */
    public static Masker builtIn() {
        return BUILT_IN;
    }

    /**
     * Returns a copy that masks a category with another strategy.
     *
     * @param category the category
     * @param strategy the strategy
     * @return the copy
     */
    public Masker with(DataCategory category, MaskStrategy strategy) {
        requireNonNull(category, "category");
        requireNonNull(strategy, "strategy");
        Map<DataCategory, MaskStrategy> copy = new LinkedHashMap<>(strategies);
        copy.put(category, strategy);
        return new Masker(copy);
    }

    /**
     * Returns the strategy for a category.
     *
     * @param category the category
     * @return the strategy of the category or its nearest ancestor, else {@link MaskStrategy#FULL}
     */
    public MaskStrategy strategyFor(DataCategory category) {
        requireNonNull(category, "category");
        Optional<DataCategory> current = Optional.of(category);
        while (current.isPresent()) {
            MaskStrategy strategy = strategies.get(current.get());
            if (strategy != null) {
                return strategy;
            }
            current = current.get().parent();
        }
        return MaskStrategy.FULL;
    }

    /**
     * Masks a value of a category.
     *
     * @param category the category
     * @param value the value
     * @return the masked value
     */
    public String mask(DataCategory category, String value) {
        return strategyFor(category).mask(value);
    }
}
