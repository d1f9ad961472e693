/**
 * School canteen: reservations, cut-offs, closures, prices, statements and allergy plans. Public
 * API.
 */
@NullMarked
package io.portail.core.canteen;

import org.jspecify.annotations.NullMarked;
