/** Test utilities other modules can use through the test-jar: log leak detection. */
@NullMarked
package io.portail.privacy.testing;

import org.jspecify.annotations.NullMarked;
