/** Reading catalogues from JSON and writing receipts as JSON. Public API. */
@NullMarked
package io.portail.core.json;

import org.jspecify.annotations.NullMarked;
