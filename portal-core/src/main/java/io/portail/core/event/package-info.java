/** Domain events of requests, and the sink they are published to. Public API. */
@NullMarked
package io.portail.core.event;

import org.jspecify.annotations.NullMarked;
