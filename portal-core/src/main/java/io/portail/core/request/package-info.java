/** Requests (dossiers) residents submit, and what is asked to submit one. Public API. */
@NullMarked
package io.portail.core.request;

import org.jspecify.annotations.NullMarked;
