/** Form definitions, validation, French identifiers and plain-language messages. */
// The qualified export names a module that is built after this one.
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
    exports io.portail.forms.internal.json to
            io.portail.core;
}
