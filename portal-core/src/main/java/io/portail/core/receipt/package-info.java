/** Receipts issued to residents, with their legal mentions, as text and JSON. Public API. */
@NullMarked
package io.portail.core.receipt;

import org.jspecify.annotations.NullMarked;
