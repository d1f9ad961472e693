/** Reading privacy definitions from JSON, and the error every JSON reader reports. Public API. */
@NullMarked
package io.portail.privacy.json;

import org.jspecify.annotations.NullMarked;
