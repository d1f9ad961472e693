/** Reading form definitions inside larger documents. Internal: exported only to portal-core. */
@NullMarked
package io.portail.forms.internal.json;

import org.jspecify.annotations.NullMarked;
