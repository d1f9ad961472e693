/** Stories of the demonstration: one realistic case per procedure. */
@NullMarked
package io.portail.examples.stories;

import org.jspecify.annotations.NullMarked;
