package io.portail.core.payment.fr;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A commune's PayFiP settings: its client number, the mode, and its two return addresses.
 *
 * <p>Immutable and thread-safe.
 *
 * @param numcli the client number (numéro de client) the DGFiP gives the commune: 6 digits
 * @param mode the mode of the requests ({@code saisie})
 * @param urlnotif the address PayFiP calls, server to server, when a payment ends
 * @param urlredirect the address PayFiP sends the resident back to
 */
public record PayFipAccount(String numcli, Mode mode, URI urlnotif, URI urlredirect) {
    private static final Pattern NUMCLI = Pattern.compile("\\d{6}");

    /**
     * The mode of a request, PayFiP's {@code saisie} parameter.
     *
     * <p>Codes as used by PayFiP web-service clients: T test, X activation (the trial payments the
     * DGFiP asks for before opening the service), W production.
     */
    public enum Mode {
        /** Test: no money moves. */
        TEST("T"),
        /** Activation: the trial payments before production. */
        ACTIVATION("X"),
        /** Production. */
        PRODUCTION("W");

        private final String code;

        Mode(String code) {
            this.code = code;
        }

        /**
         * Returns the code sent as {@code saisie}.
         *
         * @return T, X or W
         */
        public String code() {
            return code;
        }
    }

    /**
     * Checks the settings.
     *
     * @param numcli the client number, 6 digits
     * @param mode the mode
     * @param urlnotif the notification address, absolute https
     * @param urlredirect the return address, absolute https
     * @throws IllegalArgumentException if the client number is not 6 digits or an address is not an
     *     absolute https address of at most 250 characters
     */
    public PayFipAccount {
        requireNonNull(numcli, "numcli");
        requireNonNull(mode, "mode");
        requireNonNull(urlnotif, "urlnotif");
        requireNonNull(urlredirect, "urlredirect");
        if (!NUMCLI.matcher(numcli).matches()) {
            throw new IllegalArgumentException("A PayFiP client number has 6 digits");
        }
        checkUrl(urlnotif, "urlnotif");
        checkUrl(urlredirect, "urlredirect");
    }

    private static void checkUrl(URI url, String name) {
        if (!url.isAbsolute()
                || !"https".equals(url.getScheme().toLowerCase(Locale.ROOT))
                || url.toString().length() > 250) {
            throw new IllegalArgumentException(
                    name + " is an absolute https address of at most 250 characters");
        }
    }
}
