/** French public holidays and the working-day calendar of each department. Public API. */
@NullMarked
package io.portail.core.calendar.fr;

import org.jspecify.annotations.NullMarked;
