/**
 * Legal deadlines: implicit decisions, appeal periods, acknowledgements, time windows. Public API.
 */
@NullMarked
package io.portail.core.deadline;

import org.jspecify.annotations.NullMarked;
