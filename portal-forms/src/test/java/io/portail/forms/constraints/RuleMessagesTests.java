package io.portail.forms.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every resident-facing message, word for word, in French and English (STYLE.md). */
class RuleMessagesTests {
    static Stream<Arguments> messages() {
        return Stream.of(
                row("any", Problem.MISSING, "Ce champ est à remplir", "Please fill in this field"),
                row(
                        "any",
                        Problem.WRONG_CHARACTERS,
                        "Ce champ contient des caractères qui n’y sont pas admis ; retirez-les",
                        "This field contains characters that are not allowed here; remove them"),
                row(
                        "any",
                        Problem.TOO_SHORT,
                        "La réponse est trop courte pour ce champ ; complétez-la",
                        "The answer is too short for this field; complete it"),
                row(
                        "any",
                        Problem.TOO_LONG,
                        "La réponse est trop longue pour ce champ ; raccourcissez-la",
                        "The answer is too long for this field; shorten it"),
                row(
                        "any",
                        Problem.WRONG_FORMAT,
                        "La réponse n’a pas la forme attendue pour ce champ ; vérifiez-la",
                        "The answer is not in the form expected for this field; check it"),
                row(
                        "any",
                        Problem.WRONG_KEY,
                        "Un caractère semble inexact ; vérifiez la réponse sur le document d’origine",
                        "A character seems wrong; check the answer against the original document"),
                row(
                        "any",
                        Problem.UNKNOWN,
                        "Cette réponse ne correspond à rien de connu ; vérifiez-la",
                        "This answer matches nothing known; check it"),
                row(
                        "any",
                        Problem.MISMATCH,
                        "Cette réponse ne correspond pas à une autre réponse du formulaire ; vérifiez les deux",
                        "This answer does not match another answer in the form; check both"),
                row(
                        "any",
                        Problem.NOT_A_REAL_DATE,
                        "Cette date n’existe pas dans le calendrier ; vérifiez le jour et le mois",
                        "This date does not exist in the calendar; check the day and the month"),
                row(
                        "any",
                        Problem.OUT_OF_RANGE,
                        "La réponse est en dehors des valeurs acceptées pour ce champ",
                        "The answer is outside the values accepted for this field"),
                row(
                        "any",
                        Problem.TOO_EARLY,
                        "La date est antérieure à la première date acceptée pour ce champ",
                        "The date is before the earliest date accepted for this field"),
                row(
                        "any",
                        Problem.TOO_LATE,
                        "La date est postérieure à la dernière date acceptée pour ce champ",
                        "The date is after the latest date accepted for this field"),
                row(
                        "any",
                        Problem.FOREIGN,
                        "Seules les réponses françaises sont acceptées pour ce champ",
                        "Only French answers are accepted for this field"),
                row(
                        "nir",
                        Problem.MISSING,
                        "Saisissez le numéro de sécurité sociale, 15 chiffres avec la clé, par exemple 1 84 12 76 451 089 46",
                        "Enter the social security number, 15 digits including the key, for example 1 84 12 76 451 089 46"),
                row(
                        "nir",
                        Problem.WRONG_CHARACTERS,
                        "Le numéro de sécurité sociale ne contient que des chiffres, et 2A ou 2B pour une naissance en Corse, par exemple 1 84 12 76 451 089 46",
                        "The social security number contains only digits, and 2A or 2B for a birth in Corsica, for example 1 84 12 76 451 089 46"),
                row(
                        "nir",
                        Problem.TOO_SHORT,
                        "Il manque des chiffres : le numéro de sécurité sociale en compte 15 avec la clé, par exemple 1 84 12 76 451 089 46",
                        "Some digits are missing: the social security number has 15 including the key, for example 1 84 12 76 451 089 46"),
                row(
                        "nir",
                        Problem.TOO_LONG,
                        "Il y a des chiffres en trop : le numéro de sécurité sociale en compte 15 avec la clé, par exemple 1 84 12 76 451 089 46",
                        "There are too many digits: the social security number has 15 including the key, for example 1 84 12 76 451 089 46"),
                row(
                        "nir",
                        Problem.WRONG_FORMAT,
                        "Le numéro de sécurité sociale commence par 1 ou 2, puis l’année et le mois de naissance ; recopiez-le depuis votre carte Vitale",
                        "The social security number starts with 1 or 2, then the year and month of birth; copy it from your carte Vitale"),
                row(
                        "nir",
                        Problem.WRONG_KEY,
                        "Les 2 derniers chiffres (la clé) ne correspondent pas au reste du numéro de sécurité sociale ; vérifiez chaque chiffre sur votre carte Vitale",
                        "The last 2 digits (the key) do not match the rest of the social security number; check each digit on your carte Vitale"),
                row(
                        "siren",
                        Problem.MISSING,
                        "Saisissez le numéro SIREN, 9 chiffres, par exemple 732 829 320",
                        "Enter the SIREN number, 9 digits, for example 732 829 320"),
                row(
                        "siren",
                        Problem.WRONG_CHARACTERS,
                        "Le numéro SIREN ne contient que des chiffres, par exemple 732 829 320",
                        "The SIREN number contains only digits, for example 732 829 320"),
                row(
                        "siren",
                        Problem.TOO_SHORT,
                        "Il manque des chiffres : le numéro SIREN en compte 9, par exemple 732 829 320",
                        "Some digits are missing: the SIREN number has 9, for example 732 829 320"),
                row(
                        "siren",
                        Problem.TOO_LONG,
                        "Il y a des chiffres en trop : le numéro SIREN en compte 9, par exemple 732 829 320",
                        "There are too many digits: the SIREN number has 9, for example 732 829 320"),
                row(
                        "siren",
                        Problem.WRONG_KEY,
                        "Un chiffre du numéro SIREN semble inexact ; vérifiez-le sur une facture ou un extrait Kbis",
                        "A digit of the SIREN number seems wrong; check it on an invoice or a Kbis extract"),
                row(
                        "siret",
                        Problem.MISSING,
                        "Saisissez le numéro SIRET, 14 chiffres, par exemple 732 829 320 00074",
                        "Enter the SIRET number, 14 digits, for example 732 829 320 00074"),
                row(
                        "siret",
                        Problem.WRONG_CHARACTERS,
                        "Le numéro SIRET ne contient que des chiffres, par exemple 732 829 320 00074",
                        "The SIRET number contains only digits, for example 732 829 320 00074"),
                row(
                        "siret",
                        Problem.TOO_SHORT,
                        "Il manque des chiffres : le numéro SIRET en compte 14, par exemple 732 829 320 00074",
                        "Some digits are missing: the SIRET number has 14, for example 732 829 320 00074"),
                row(
                        "siret",
                        Problem.TOO_LONG,
                        "Il y a des chiffres en trop : le numéro SIRET en compte 14, par exemple 732 829 320 00074",
                        "There are too many digits: the SIRET number has 14, for example 732 829 320 00074"),
                row(
                        "siret",
                        Problem.WRONG_KEY,
                        "Un chiffre du numéro SIRET semble inexact ; vérifiez-le sur une facture ou un extrait Kbis",
                        "A digit of the SIRET number seems wrong; check it on an invoice or a Kbis extract"),
                row(
                        "rna",
                        Problem.MISSING,
                        "Saisissez le numéro RNA de l’association, la lettre W suivie de 9 caractères, par exemple W751234567",
                        "Enter the association’s RNA number, the letter W followed by 9 characters, for example W751234567"),
                row(
                        "rna",
                        Problem.WRONG_CHARACTERS,
                        "Le numéro RNA ne contient que la lettre W et des chiffres, par exemple W751234567",
                        "The RNA number contains only the letter W and digits, for example W751234567"),
                row(
                        "rna",
                        Problem.TOO_SHORT,
                        "Il manque des caractères : le numéro RNA en compte 10, par exemple W751234567",
                        "Some characters are missing: the RNA number has 10, for example W751234567"),
                row(
                        "rna",
                        Problem.TOO_LONG,
                        "Il y a des caractères en trop : le numéro RNA en compte 10, par exemple W751234567",
                        "There are too many characters: the RNA number has 10, for example W751234567"),
                row(
                        "rna",
                        Problem.WRONG_FORMAT,
                        "Le numéro RNA commence par la lettre W, suivie de 9 chiffres, par exemple W751234567 ; il figure sur le récépissé de déclaration de l’association",
                        "The RNA number starts with the letter W, followed by 9 digits, for example W751234567; it is on the association’s declaration receipt"),
                row(
                        "postal-code",
                        Problem.MISSING,
                        "Saisissez le code postal, 5 chiffres, par exemple 01400",
                        "Enter the postal code, 5 digits, for example 01400"),
                row(
                        "postal-code",
                        Problem.WRONG_CHARACTERS,
                        "Le code postal ne contient que des chiffres, par exemple 01400",
                        "The postal code contains only digits, for example 01400"),
                row(
                        "postal-code",
                        Problem.TOO_SHORT,
                        "Il manque des chiffres : le code postal en compte 5, par exemple 01400, avec le 0 du début s’il y en a un",
                        "Some digits are missing: the postal code has 5, for example 01400, with the leading 0 if there is one"),
                row(
                        "postal-code",
                        Problem.TOO_LONG,
                        "Il y a des chiffres en trop : le code postal en compte 5, par exemple 01400",
                        "There are too many digits: the postal code has 5, for example 01400"),
                row(
                        "postal-code",
                        Problem.MISMATCH,
                        "Ce code postal ne correspond pas à la commune choisie ; vérifiez le code postal ou choisissez une autre commune",
                        "This postal code does not match the chosen town; check the postal code or choose another town"),
                row(
                        "insee-code",
                        Problem.MISSING,
                        "Choisissez la commune dans la liste",
                        "Choose the town from the list"),
                row(
                        "insee-code",
                        Problem.WRONG_CHARACTERS,
                        "Le code de la commune ne contient que des chiffres, et 2A ou 2B pour la Corse, par exemple 75056 pour Paris",
                        "The town code contains only digits, and 2A or 2B for Corsica, for example 75056 for Paris"),
                row(
                        "insee-code",
                        Problem.TOO_SHORT,
                        "Il manque des caractères : le code de la commune en compte 5, par exemple 75056 pour Paris",
                        "Some characters are missing: the town code has 5, for example 75056 for Paris"),
                row(
                        "insee-code",
                        Problem.TOO_LONG,
                        "Il y a des caractères en trop : le code de la commune en compte 5, par exemple 75056 pour Paris",
                        "There are too many characters: the town code has 5, for example 75056 for Paris"),
                row(
                        "insee-code",
                        Problem.WRONG_FORMAT,
                        "Le code de la commune commence par le numéro du département, par exemple 75056 pour Paris ou 2A004 pour Ajaccio ; il diffère du code postal",
                        "The town code starts with the department number, for example 75056 for Paris or 2A004 for Ajaccio; it is not the postal code"),
                row(
                        "insee-code",
                        Problem.UNKNOWN,
                        "Aucune commune ne porte ce code ; choisissez la commune dans la liste",
                        "No town has this code; choose the town from the list"),
                row(
                        "ants-pre-demande",
                        Problem.MISSING,
                        "Saisissez le numéro de pré-demande reçu à la fin de votre demande en ligne, 10 lettres ou chiffres, par exemple 1A2B3C4D5E",
                        "Enter the pre-application number you received at the end of your online application, 10 letters or digits, for example 1A2B3C4D5E"),
                row(
                        "ants-pre-demande",
                        Problem.WRONG_CHARACTERS,
                        "Le numéro de pré-demande ne contient que des lettres et des chiffres, par exemple 1A2B3C4D5E",
                        "The pre-application number contains only letters and digits, for example 1A2B3C4D5E"),
                row(
                        "ants-pre-demande",
                        Problem.TOO_SHORT,
                        "Il manque des caractères : le numéro de pré-demande en compte 10, par exemple 1A2B3C4D5E",
                        "Some characters are missing: the pre-application number has 10, for example 1A2B3C4D5E"),
                row(
                        "ants-pre-demande",
                        Problem.TOO_LONG,
                        "Il y a des caractères en trop : le numéro de pré-demande en compte 10, par exemple 1A2B3C4D5E",
                        "There are too many characters: the pre-application number has 10, for example 1A2B3C4D5E"),
                row(
                        "fiscal-number",
                        Problem.MISSING,
                        "Saisissez votre numéro fiscal, 13 chiffres, indiqué en haut de votre avis d’impôt, par exemple 21 03 456 789 406",
                        "Enter your tax number, 13 digits, shown at the top of your tax notice, for example 21 03 456 789 406"),
                row(
                        "fiscal-number",
                        Problem.WRONG_CHARACTERS,
                        "Le numéro fiscal ne contient que des chiffres, par exemple 21 03 456 789 406",
                        "The tax number contains only digits, for example 21 03 456 789 406"),
                row(
                        "fiscal-number",
                        Problem.TOO_SHORT,
                        "Il manque des chiffres : le numéro fiscal en compte 13, par exemple 21 03 456 789 406",
                        "Some digits are missing: the tax number has 13, for example 21 03 456 789 406"),
                row(
                        "fiscal-number",
                        Problem.TOO_LONG,
                        "Il y a des chiffres en trop : le numéro fiscal en compte 13, par exemple 21 03 456 789 406",
                        "There are too many digits: the tax number has 13, for example 21 03 456 789 406"),
                row(
                        "fiscal-number",
                        Problem.WRONG_FORMAT,
                        "Le numéro fiscal commence par 0, 1, 2 ou 3 ; recopiez-le depuis votre avis d’impôt",
                        "The tax number starts with 0, 1, 2 or 3; copy it from your tax notice"),
                row(
                        "fiscal-number",
                        Problem.WRONG_KEY,
                        "Un chiffre du numéro fiscal semble inexact ; vérifiez-le sur votre avis d’impôt",
                        "A digit of the tax number seems wrong; check it on your tax notice"),
                row(
                        "phone",
                        Problem.MISSING,
                        "Saisissez un numéro de téléphone, par exemple 06 12 34 56 78",
                        "Enter a phone number, for example 06 12 34 56 78"),
                row(
                        "phone",
                        Problem.WRONG_CHARACTERS,
                        "Le numéro de téléphone ne contient que des chiffres, et le signe + devant un indicatif, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78",
                        "The phone number contains only digits, and the + sign before a country code, for example 06 12 34 56 78 or +33 6 12 34 56 78"),
                row(
                        "phone",
                        Problem.TOO_SHORT,
                        "Il manque des chiffres : un numéro de téléphone français en compte 10, par exemple 06 12 34 56 78",
                        "Some digits are missing: a French phone number has 10, for example 06 12 34 56 78"),
                row(
                        "phone",
                        Problem.TOO_LONG,
                        "Il y a des chiffres en trop : un numéro de téléphone français en compte 10, par exemple 06 12 34 56 78",
                        "There are too many digits: a French phone number has 10, for example 06 12 34 56 78"),
                row(
                        "phone",
                        Problem.WRONG_FORMAT,
                        "Ce numéro de téléphone ne peut pas exister ; vérifiez chaque chiffre, par exemple 06 12 34 56 78",
                        "This phone number cannot exist; check each digit, for example 06 12 34 56 78"),
                row(
                        "phone",
                        Problem.FOREIGN,
                        "Saisissez un numéro de téléphone français, de métropole ou d’outre-mer, par exemple 06 12 34 56 78",
                        "Enter a French phone number, from mainland France or overseas, for example 06 12 34 56 78"),
                row(
                        "iban",
                        Problem.MISSING,
                        "Saisissez l’IBAN du compte, par exemple FR76 3000 1007 9412 3456 7890 185",
                        "Enter the account’s IBAN, for example FR76 3000 1007 9412 3456 7890 185"),
                row(
                        "iban",
                        Problem.WRONG_CHARACTERS,
                        "L’IBAN ne contient que des lettres et des chiffres, par exemple FR76 3000 1007 9412 3456 7890 185",
                        "The IBAN contains only letters and digits, for example FR76 3000 1007 9412 3456 7890 185"),
                row(
                        "iban",
                        Problem.TOO_SHORT,
                        "Il manque des caractères : un IBAN français en compte 27, par exemple FR76 3000 1007 9412 3456 7890 185",
                        "Some characters are missing: a French IBAN has 27, for example FR76 3000 1007 9412 3456 7890 185"),
                row(
                        "iban",
                        Problem.TOO_LONG,
                        "Il y a des caractères en trop : un IBAN français en compte 27, par exemple FR76 3000 1007 9412 3456 7890 185",
                        "There are too many characters: a French IBAN has 27, for example FR76 3000 1007 9412 3456 7890 185"),
                row(
                        "iban",
                        Problem.WRONG_FORMAT,
                        "L’IBAN commence par 2 lettres pour le pays puis 2 chiffres, par exemple FR76 3000 1007 9412 3456 7890 185 ; recopiez-le depuis votre relevé d’identité bancaire",
                        "The IBAN starts with 2 letters for the country then 2 digits, for example FR76 3000 1007 9412 3456 7890 185; copy it from your bank details"),
                row(
                        "iban",
                        Problem.WRONG_KEY,
                        "Un caractère de l’IBAN semble inexact ; recopiez-le depuis votre relevé d’identité bancaire",
                        "A character of the IBAN seems wrong; copy it from your bank details"),
                row(
                        "iban",
                        Problem.UNKNOWN,
                        "Les 2 premières lettres de l’IBAN indiquent le pays du compte, par exemple FR pour la France ; seuls les comptes de la zone SEPA, en Europe, sont acceptés",
                        "The first 2 letters of the IBAN give the account’s country, for example FR for France; only accounts in the SEPA area, in Europe, are accepted"),
                row(
                        "email",
                        Problem.MISSING,
                        "Saisissez votre adresse e-mail, par exemple nom@exemple.fr",
                        "Enter your email address, for example name@example.com"),
                row(
                        "email",
                        Problem.WRONG_CHARACTERS,
                        "L’adresse e-mail s’écrit sans espace, et avant le @ avec des lettres sans accent, des chiffres, des points ou des tirets, par exemple prenom.nom@exemple.fr",
                        "The email address has no spaces, and before the @ only letters without accents, digits, dots or hyphens, for example first.last@example.com"),
                row(
                        "email",
                        Problem.TOO_LONG,
                        "L’adresse e-mail est trop longue : elle compte au plus 254 caractères, dont 64 avant le @",
                        "The email address is too long: it has at most 254 characters, 64 of them before the @"),
                row(
                        "email",
                        Problem.WRONG_FORMAT,
                        "Saisissez une adresse e-mail complète, avec un @ et un nom de domaine, par exemple nom@exemple.fr",
                        "Enter a complete email address, with an @ and a domain name, for example name@example.com"),
                row("person-name", Problem.MISSING, "Saisissez le nom", "Enter the name"),
                row(
                        "person-name",
                        Problem.WRONG_CHARACTERS,
                        "Le nom ne peut contenir que des lettres, des espaces, des tirets et des apostrophes",
                        "The name can contain only letters, spaces, hyphens and apostrophes"),
                row(
                        "person-name",
                        Problem.TOO_LONG,
                        "Le nom est trop long pour ce champ ; écrivez-le tel qu’il figure sur votre pièce d’identité",
                        "The name is too long for this field; write it as it appears on your identity document"),
                row(
                        "person-name",
                        Problem.WRONG_FORMAT,
                        "Le nom commence et finit par une lettre ; retirez les signes placés au début ou à la fin",
                        "The name starts and ends with a letter; remove the signs at the start or the end"),
                row(
                        "date",
                        Problem.MISSING,
                        "Saisissez la date au format jj/mm/aaaa, par exemple 14/07/2024",
                        "Enter the date as dd/mm/yyyy, for example 14/07/2024"),
                row(
                        "date",
                        Problem.WRONG_FORMAT,
                        "La date s’écrit au format jj/mm/aaaa, avec l’année en 4 chiffres, par exemple 14/07/2024",
                        "Write the date as dd/mm/yyyy, with a 4-digit year, for example 14/07/2024"),
                row(
                        "date",
                        Problem.NOT_A_REAL_DATE,
                        "Cette date n’existe pas dans le calendrier ; vérifiez le jour et le mois",
                        "This date does not exist in the calendar; check the day and the month"),
                row(
                        "date",
                        Problem.TOO_EARLY,
                        "La date est antérieure à la première date acceptée pour ce champ ; vérifiez l’année",
                        "The date is before the earliest date accepted for this field; check the year"),
                row(
                        "date",
                        Problem.TOO_LATE,
                        "La date est postérieure à la dernière date acceptée pour ce champ ; vérifiez l’année",
                        "The date is after the latest date accepted for this field; check the year"),
                row(
                        "date",
                        Problem.OUT_OF_RANGE,
                        "L’année semble incomplète ou inexacte ; saisissez la date avec l’année complète, par exemple 14/07/2024",
                        "The year seems incomplete or wrong; enter the date with the full year, for example 14/07/2024"),
                row(
                        "past-date",
                        Problem.MISSING,
                        "Saisissez la date au format jj/mm/aaaa, par exemple 14/07/2024",
                        "Enter the date as dd/mm/yyyy, for example 14/07/2024"),
                row(
                        "past-date",
                        Problem.WRONG_FORMAT,
                        "La date s’écrit au format jj/mm/aaaa, avec l’année en 4 chiffres, par exemple 14/07/2024",
                        "Write the date as dd/mm/yyyy, with a 4-digit year, for example 14/07/2024"),
                row(
                        "past-date",
                        Problem.NOT_A_REAL_DATE,
                        "Cette date n’existe pas dans le calendrier ; vérifiez le jour et le mois",
                        "This date does not exist in the calendar; check the day and the month"),
                row(
                        "past-date",
                        Problem.OUT_OF_RANGE,
                        "L’année semble incomplète ou inexacte ; saisissez la date avec l’année complète, par exemple 14/07/2024",
                        "The year seems incomplete or wrong; enter the date with the full year, for example 14/07/2024"),
                row(
                        "past-date",
                        Problem.TOO_LATE,
                        "Cette date est dans le futur ; saisissez la date d’aujourd’hui ou une date passée",
                        "This date is in the future; enter today’s date or a past date"),
                row(
                        "future-date",
                        Problem.MISSING,
                        "Saisissez la date au format jj/mm/aaaa, par exemple 14/07/2024",
                        "Enter the date as dd/mm/yyyy, for example 14/07/2024"),
                row(
                        "future-date",
                        Problem.WRONG_FORMAT,
                        "La date s’écrit au format jj/mm/aaaa, avec l’année en 4 chiffres, par exemple 14/07/2024",
                        "Write the date as dd/mm/yyyy, with a 4-digit year, for example 14/07/2024"),
                row(
                        "future-date",
                        Problem.NOT_A_REAL_DATE,
                        "Cette date n’existe pas dans le calendrier ; vérifiez le jour et le mois",
                        "This date does not exist in the calendar; check the day and the month"),
                row(
                        "future-date",
                        Problem.OUT_OF_RANGE,
                        "L’année semble incomplète ou inexacte ; saisissez la date avec l’année complète, par exemple 14/07/2024",
                        "The year seems incomplete or wrong; enter the date with the full year, for example 14/07/2024"),
                row(
                        "future-date",
                        Problem.TOO_EARLY,
                        "Cette date est passée ; saisissez la date d’aujourd’hui ou une date à venir",
                        "This date has passed; enter today’s date or a date to come"),
                row(
                        "street",
                        Problem.MISSING,
                        "Saisissez le nom de la voie, par exemple rue de l’Église",
                        "Enter the street name, for example rue de l’Église"),
                row(
                        "street",
                        Problem.WRONG_CHARACTERS,
                        "L’adresse ne peut contenir que des lettres, des chiffres, des espaces et les signes ’ - , . / °",
                        "The address can contain only letters, digits, spaces and the signs ’ - , . / °"),
                row(
                        "street",
                        Problem.TOO_LONG,
                        "Cette ligne d’adresse est trop longue ; placez le bâtiment, l’étage ou le lieu-dit dans le complément d’adresse",
                        "This address line is too long; put the building, floor or locality in the address complement"),
                row(
                        "street-number",
                        Problem.MISSING,
                        "Saisissez le numéro dans la voie, par exemple 12 bis",
                        "Enter the street number, for example 12 bis"),
                row(
                        "street-number",
                        Problem.WRONG_FORMAT,
                        "Le numéro dans la voie s’écrit en chiffres, suivi s’il y a lieu de bis, ter ou d’une lettre, par exemple 12 bis",
                        "The street number is written in digits, followed if needed by bis, ter or a letter, for example 12 bis"),
                row(
                        "street-number",
                        Problem.TOO_LONG,
                        "Le numéro dans la voie est trop long : il compte au plus 4 chiffres, suivis s’il y a lieu de bis, ter ou d’une lettre",
                        "The street number is too long: it has at most 4 digits, followed if needed by bis, ter or a letter"),
                row(
                        "address-complement",
                        Problem.MISSING,
                        "Saisissez le complément d’adresse, par exemple Bâtiment B, 3e étage",
                        "Enter the address complement, for example Building B, 3rd floor"),
                row(
                        "address-complement",
                        Problem.WRONG_CHARACTERS,
                        "Le complément d’adresse ne peut contenir que des lettres, des chiffres, des espaces et les signes ’ - , . / °",
                        "The address complement can contain only letters, digits, spaces and the signs ’ - , . / °"),
                row(
                        "address-complement",
                        Problem.TOO_LONG,
                        "Le complément d’adresse est trop long ; gardez l’essentiel, par exemple Bâtiment B, 3e étage",
                        "The address complement is too long; keep what matters, for example Building B, 3rd floor"));
    }

    private static Arguments row(String rule, Problem problem, String french, String english) {
        return Arguments.of(rule, problem, french, english);
    }

    @Nested
    class WordForWord {
        @ParameterizedTest(name = "{0}.{1}")
        @MethodSource("io.portail.forms.constraints.RuleMessagesTests#messages")
        void frenchMessage(String rule, Problem problem, String french, String english) {
            assertThat(RuleMessages.message(rule, problem, Locale.FRENCH)).isEqualTo(french);
            assertThat(RuleMessages.message(rule, problem, Locale.FRANCE)).isEqualTo(french);
        }

        @ParameterizedTest(name = "{0}.{1}")
        @MethodSource("io.portail.forms.constraints.RuleMessagesTests#messages")
        void englishMessage(String rule, Problem problem, String french, String english) {
            assertThat(RuleMessages.message(rule, problem, Locale.ENGLISH)).isEqualTo(english);
            assertThat(RuleMessages.message(rule, problem, Locale.UK)).isEqualTo(english);
        }
    }

    @Nested
    class Style {
        @ParameterizedTest(name = "{0}.{1}")
        @MethodSource("io.portail.forms.constraints.RuleMessagesTests#messages")
        void noExclamationNoCodeNoInvalidAlone(
                String rule, Problem problem, String french, String english) {
            for (String message : new String[] {french, english}) {
                assertThat(message)
                        .doesNotContain("!", "{", "}", "$", "invalide", "invalid", rule + ".")
                        .doesNotEndWith(".")
                        .isNotBlank();
            }
        }
    }

    @Nested
    class Locales {
        @Test
        void anyLanguageOtherThanEnglishGetsFrench() {
            String french = RuleMessages.message("nir", Problem.WRONG_KEY, Locale.FRENCH);

            assertThat(RuleMessages.message("nir", Problem.WRONG_KEY, Locale.GERMAN))
                    .isEqualTo(french);
            assertThat(RuleMessages.message("nir", Problem.WRONG_KEY, Locale.ROOT))
                    .isEqualTo(french);
        }

        @Test
        void ruleWithoutItsOwnMessageGetsTheGenericOne() {
            assertThat(RuleMessages.message("custom-rule", Problem.TOO_LONG, Locale.FRENCH))
                    .isEqualTo("La réponse est trop longue pour ce champ ; raccourcissez-la");
            assertThat(RuleMessages.hasOwnMessage("custom-rule", Problem.TOO_LONG)).isFalse();
            assertThat(RuleMessages.hasOwnMessage("nir", Problem.WRONG_KEY)).isTrue();
        }

        @Test
        void everyProblemHasAGenericMessage() {
            for (Problem problem : Problem.values()) {
                assertThat(RuleMessages.message("any", problem, Locale.FRENCH)).isNotBlank();
                assertThat(RuleMessages.message("any", problem, Locale.ENGLISH)).isNotBlank();
            }
        }
    }
}
