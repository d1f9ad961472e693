/** Postal addresses and their checks, independent of a country. Public API. */
@NullMarked
package io.portail.forms.geo;

import org.jspecify.annotations.NullMarked;
