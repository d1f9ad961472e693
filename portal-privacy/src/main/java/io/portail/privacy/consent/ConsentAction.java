package io.portail.privacy.consent;

/** What a consent record states. */
public enum ConsentAction {
    /** The data subject gave consent (GDPR art. 4(11): a clear affirmative act). */
    GIVEN,
    /** The data subject withdrew consent (GDPR art. 7(3)); effective from its instant. */
    WITHDRAWN
}
