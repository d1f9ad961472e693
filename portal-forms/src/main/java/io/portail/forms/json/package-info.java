/** Reading form definitions and answers from JSON. Public API. */
@NullMarked
package io.portail.forms.json;

import org.jspecify.annotations.NullMarked;
