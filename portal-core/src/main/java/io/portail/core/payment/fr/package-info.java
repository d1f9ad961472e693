/**
 * PayFiP, the online payment service of the DGFiP for French public bodies: its request parameters
 * and result codes. Public API.
 */
@NullMarked
package io.portail.core.payment.fr;

import org.jspecify.annotations.NullMarked;
