/** Hardened JSON reading shared by the Portail modules. Internal: exported only to them. */
@NullMarked
package io.portail.privacy.internal.json;

import org.jspecify.annotations.NullMarked;
