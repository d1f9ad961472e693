/**
 * French rules for the delivery of civil-status copies and extracts (décret 2017-890). Public API.
 */
@NullMarked
package io.portail.core.civilstatus.fr;

import org.jspecify.annotations.NullMarked;
