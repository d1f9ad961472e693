/** French rules of school registration (Code de l'éducation). Public API. */
@NullMarked
package io.portail.core.school.fr;

import org.jspecify.annotations.NullMarked;
