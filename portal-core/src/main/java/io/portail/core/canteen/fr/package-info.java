/** French canteen rules: the State-supported social tariff (cantine à 1 euro). Public API. */
@NullMarked
package io.portail.core.canteen.fr;

import org.jspecify.annotations.NullMarked;
