package io.portail.core.payment.fr;

import static java.util.Objects.requireNonNull;

import io.portail.core.payment.Invoice;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parameters of a PayFiP payment request (creerPaiementSecurise), ready for an adapter to send.
 *
 * <p>The DGFiP's PayFiP specification was not available to the authors; the constraints below are
 * those that independent PayFiP clients enforce, and are checked here so that a request PayFiP
 * would reject fails early with a clear error:
 *
 * <ul>
 *   <li>{@code numcli}: the commune's client number, 6 digits;
 *   <li>{@code exer}: the budget year (exercice) of the debt, 4 digits;
 *   <li>{@code refdet}: the reference of the debt, 1 to 30 letters or digits; built from the
 *       invoice number without its hyphens;
 *   <li>{@code montant}: the amount in cents, digits only, no separator: 12.34 € is {@code 1234}
 *       (case F18); from 100 (1 €) to 10 000 000 (100 000 €), the bounds clients apply;
 *   <li>{@code mel}: the payer's email address, where PayFiP sends its ticket: 6 to 80 characters
 *       with an {@code @};
 *   <li>{@code objet}: what is paid, optional: at most 100 characters among unaccented letters,
 *       digits and spaces, so accents are removed and other signs become spaces;
 *   <li>{@code saisie}: the mode, T (test), X (activation) or W (production);
 *   <li>{@code urlnotif}: the address PayFiP calls when the payment ends;
 *   <li>{@code urlredirect}: the address the payer returns to.
 * </ul>
 *
 * <p>{@code toString} masks the email address. Immutable and thread-safe.
 *
 * @param numcli the client number
 * @param exer the budget year
 * @param refdet the reference of the debt
 * @param montant the amount in cents, as digits
 * @param mel the payer's email address
 * @param objet what is paid, possibly empty
 * @param saisie the mode's code
 * @param urlnotif the notification address
 * @param urlredirect the return address
 */
public record PayFipRequest(
        String numcli,
        String exer,
        String refdet,
        String montant,
        String mel,
        String objet,
        String saisie,
        String urlnotif,
        String urlredirect) {
    /** The smallest amount accepted, in cents. */
    public static final long MIN_CENTS = 100;

    /** The largest amount accepted, in cents. */
    public static final long MAX_CENTS = 10_000_000;

    private static final Pattern REFDET = Pattern.compile("[A-Za-z0-9]{1,30}");
    private static final Pattern OBJET = Pattern.compile("[A-Za-z0-9 ]{0,100}");

    /**
     * Checks the parameters.
     *
     * @param numcli the client number
     * @param exer the budget year
     * @param refdet the reference of the debt
     * @param montant the amount in cents
     * @param mel the email address
     * @param objet what is paid
     * @param saisie the mode's code
     * @param urlnotif the notification address
     * @param urlredirect the return address
     * @throws IllegalArgumentException if a parameter breaks its constraint (the message names the
     *     parameter, never its value)
     */
    public PayFipRequest {
        requireNonNull(numcli, "numcli");
        requireNonNull(exer, "exer");
        requireNonNull(refdet, "refdet");
        requireNonNull(montant, "montant");
        requireNonNull(mel, "mel");
        requireNonNull(objet, "objet");
        requireNonNull(saisie, "saisie");
        requireNonNull(urlnotif, "urlnotif");
        requireNonNull(urlredirect, "urlredirect");
        check(numcli.matches("\\d{6}"), "numcli has 6 digits");
        check(exer.matches("\\d{4}"), "exer has 4 digits");
        check(REFDET.matcher(refdet).matches(), "refdet has 1 to 30 letters or digits");
        check(
                montant.matches("[1-9]\\d{0,9}")
                        && Long.parseLong(montant) >= MIN_CENTS
                        && Long.parseLong(montant) <= MAX_CENTS,
                "montant is a whole number of cents from " + MIN_CENTS + " to " + MAX_CENTS);
        check(
                mel.length() >= 6 && mel.length() <= 80 && mel.indexOf('@') > 0,
                "mel is an email address of 6 to 80 characters");
        check(OBJET.matcher(objet).matches(), "objet has at most 100 letters, digits or spaces");
        check(saisie.matches("[TXW]"), "saisie is T, X or W");
    }

    /**
     * Builds the request for an invoice.
     *
     * @param account the commune's PayFiP settings
     * @param invoice the invoice
     * @param email the payer's email address
     * @return the request
     * @throws IllegalArgumentException if the invoice's amount is out of PayFiP's bounds or the
     *     email address is not acceptable
     */
    public static PayFipRequest of(PayFipAccount account, Invoice invoice, String email) {
        requireNonNull(account, "account");
        requireNonNull(invoice, "invoice");
        requireNonNull(email, "email");
        return new PayFipRequest(
                account.numcli(),
                Integer.toString(invoice.year()),
                invoice.compactNumber(),
                Long.toString(invoice.amountCents()),
                email.strip(),
                objet(invoice.object().fr()),
                account.mode().code(),
                account.urlnotif().toString(),
                account.urlredirect().toString());
    }

    /**
     * Returns the parameters by name, in PayFiP's order, for the adapter to send.
     *
     * @return the parameters; {@code objet} is left out when empty
     */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("numcli", numcli);
        parameters.put("exer", exer);
        parameters.put("refdet", refdet);
        parameters.put("montant", montant);
        parameters.put("mel", mel);
        if (!objet.isEmpty()) {
            parameters.put("objet", objet);
        }
        parameters.put("saisie", saisie);
        parameters.put("urlnotif", urlnotif);
        parameters.put("urlredirect", urlredirect);
        return parameters;
    }

    /**
     * Writes a text as PayFiP's {@code objet}: accents removed, other signs as spaces, spaces
     * collapsed, cut at 100 characters.
     *
     * @param text the text, such as "Restauration scolaire, mars 2026"
     * @return the objet, such as {@code Restauration scolaire mars 2026}
     */
    public static String objet(String text) {
        requireNonNull(text, "text");
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String clean = ascii.replaceAll("[^A-Za-z0-9]+", " ").strip().replaceAll(" +", " ");
        return clean.length() > 100 ? clean.substring(0, 100).strip() : clean;
    }

    private static void check(boolean ok, String rule) {
        if (!ok) {
            throw new IllegalArgumentException("PayFiP: " + rule);
        }
    }

    @Override
    public String toString() {
        return "PayFipRequest[numcli="
                + numcli
                + ", exer="
                + exer
                + ", refdet="
                + refdet
                + ", montant="
                + montant
                + ", mel=***, saisie="
                + saisie
                + "]";
    }
}
