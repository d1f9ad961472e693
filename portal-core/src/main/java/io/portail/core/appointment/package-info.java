/**
 * Town-hall appointments: agendas per desk and motive, holds, bookings under capacity, the ANTS
 * pre-application check, and iCalendar files. Public API.
 */
@NullMarked
package io.portail.core.appointment;

import org.jspecify.annotations.NullMarked;
