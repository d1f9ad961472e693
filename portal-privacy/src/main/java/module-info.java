/** Personal-data rules of a commune's portal: categories, purposes, retention and consent. */
module io.portail.privacy {
    requires static org.jspecify;
    requires org.slf4j;
    requires tools.jackson.databind;

    exports io.portail.privacy.category;
}
