/** Personal-data rules of a commune's portal: categories, purposes, retention and consent. */
// The qualified export names modules that are built after this one.
@SuppressWarnings("module")
module io.portail.privacy {
    requires static transitive org.jspecify;
    requires org.slf4j;
    requires tools.jackson.databind;

    exports io.portail.privacy.category;
    exports io.portail.privacy.purpose;
    exports io.portail.privacy.retention;
    exports io.portail.privacy.register;
    exports io.portail.privacy.text;
    exports io.portail.privacy.json;
    exports io.portail.privacy.notice;
    exports io.portail.privacy.consent;
    exports io.portail.privacy.subject;
    exports io.portail.privacy.mask;
    exports io.portail.privacy.internal.json to
            io.portail.forms,
            io.portail.core;
}
