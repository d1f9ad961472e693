/**
 * French administrative geography (communes, departments, postal codes), 2026 edition. Public API.
 */
@NullMarked
package io.portail.forms.geo.fr;

import org.jspecify.annotations.NullMarked;
