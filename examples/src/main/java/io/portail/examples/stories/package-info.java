/** Stories of Saint-Exemple's residents: what they read for each family procedure. */
@NullMarked
package io.portail.examples.stories;

import org.jspecify.annotations.NullMarked;
