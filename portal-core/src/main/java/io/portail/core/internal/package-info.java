/** Internal: not exported. Rules shared by several public packages of portal-core. */
@NullMarked
package io.portail.core.internal;

import org.jspecify.annotations.NullMarked;
