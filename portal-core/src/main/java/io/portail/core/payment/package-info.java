/**
 * Payments of invoices: amounts in cents, payment attempts through a gateway, idempotent
 * notifications, and electronic payment receipts. Public API.
 */
@NullMarked
package io.portail.core.payment;

import org.jspecify.annotations.NullMarked;
