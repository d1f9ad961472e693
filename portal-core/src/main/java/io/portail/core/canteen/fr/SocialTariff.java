package io.portail.core.canteen.fr;

import static java.util.Objects.requireNonNull;

import io.portail.core.canteen.PriceGrid;

/**
 * The conditions of the State's aid to social pricing in school canteens, known as "cantine à 1
 * euro".
 *
 * <p>Since 1 April 2019, under the national strategy against poverty (stratégie nationale de
 * prévention et de lutte contre la pauvreté), the State pays eligible rural communes an aid for
 * each meal billed at 1 euro or less, provided that the canteen's prices follow a progressive grid
 * of at least three brackets set by the family's income or quotient familial, with at least one
 * bracket at 1 euro or less and one above 1 euro. The aid went from 2 to 3 euros a meal in 2021,
 * with a three-year agreement between the State and the commune; for agreements made from 1 August
 * 2022, the price of 1 euro or less must apply to every family whose quotient familial is 1000
 * euros or less. The aid is paid by the Agence de services et de paiement (ASP).
 *
 * <p>Note: these conditions are set by the State's programme and its agreements with communes,
 * published by the Ministry of Solidarity and the ASP, not by a decree or an order that this
 * library could cite by number; a commune should check the terms of its own agreement. Thread-safe.
 */
public final class SocialTariff {

    /** The highest price of the social bracket, in cents: 1 euro. */
    public static final long SOCIAL_PRICE_CENTS = 100;

    /** The highest quotient familial that must get the social price, in euros. */
    public static final int SOCIAL_QUOTIENT = 1000;

    /** The least number of brackets of an eligible grid. */
    public static final int MIN_BRACKETS = 3;

    private SocialTariff() {}

    /**
     * Tells whether a grid meets the conditions of the State's aid (agreements from 1 August 2022).
     *
     * @param grid the commune's price grid
     * @return true if it has at least three brackets, a price above 1 euro, and a price of 1 euro
     *     or less for every quotient from 0 to 1000
     */
    public static boolean qualifies(PriceGrid grid) {
        requireNonNull(grid, "grid");
        boolean aboveOneEuro =
                grid.brackets().stream().anyMatch(b -> b.priceCents() > SOCIAL_PRICE_CENTS);
        // Prices never decrease with the quotient, so checking the bound is enough.
        return grid.brackets().size() >= MIN_BRACKETS
                && aboveOneEuro
                && grid.priceFor(SOCIAL_QUOTIENT) <= SOCIAL_PRICE_CENTS;
    }
}
