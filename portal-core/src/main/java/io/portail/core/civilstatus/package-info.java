/**
 * Requests for copies and extracts of civil-status records, and who may obtain them. Public API.
 */
@NullMarked
package io.portail.core.civilstatus;

import org.jspecify.annotations.NullMarked;
