/** Procedures (démarches), the services in charge, and the commune's catalogue. Public API. */
@NullMarked
package io.portail.core.procedure;

import org.jspecify.annotations.NullMarked;
