/** Working-day calendars, neutral of any jurisdiction. Public API. */
@NullMarked
package io.portail.core.calendar;

import org.jspecify.annotations.NullMarked;
