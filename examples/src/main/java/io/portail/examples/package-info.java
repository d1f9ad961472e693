/** Saint-Exemple, a fictional commune, and the runnable demonstration. */
@NullMarked
package io.portail.examples;

import org.jspecify.annotations.NullMarked;
