/** Personal-data categories and data subjects. Public API. */
@NullMarked
package io.portail.privacy.category;

import org.jspecify.annotations.NullMarked;
