/** Storage of requests and receipts: the interface and an in-memory implementation. Public API. */
@NullMarked
package io.portail.core.store;

import org.jspecify.annotations.NullMarked;
