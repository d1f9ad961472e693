/** Form definitions, validation, French identifiers and plain-language messages. */
// A qualified export names io.portail.core, a module built after this one.
@SuppressWarnings("module")
module io.portail.forms {
    requires static transitive org.jspecify;
    requires transitive io.portail.privacy;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires tools.jackson.databind;
    requires com.google.i18n.phonenumbers.libphonenumber;
    requires org.slf4j;

    exports io.portail.forms.definition;
    exports io.portail.forms.validation;
    exports io.portail.forms.json;
    exports io.portail.forms.value;
    exports io.portail.forms.constraints;
    exports io.portail.forms.constraints.fr;
    exports io.portail.forms.constraints.annotation;
    exports io.portail.forms.geo.fr;
    exports io.portail.forms.internal.bv to
            org.hibernate.validator;
    exports io.portail.forms.internal.json to
            io.portail.core;
}
