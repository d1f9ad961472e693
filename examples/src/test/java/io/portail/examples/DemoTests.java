package io.portail.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.core.PortalException;
import io.portail.privacy.testing.LogLeakDetector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DemoTests {
    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status =
                Demo.run(
                        args,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(
                status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Nested
    class Samples {
        @Test
        void printsAReceiptForEachValidSampleAndTheErrorsForTheOthers() {
            Run run = run();

            assertThat(run.status()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out())
                    .startsWith(
                            "Portail de Saint-Exemple : demandes d'exemple du lundi 16 mars 2026\n")
                    .contains(
                            "Exemple 1 : Camille Martin demande un extrait sans filiation de son"
                                    + " propre acte\n(01-extrait-pour-soi.json)\n"
                                    + "-".repeat(72)
                                    + "\nAccusé de réception\n"
                                    + "Demander une copie ou un extrait d'acte de naissance\n"
                                    + "Référence de votre demande : SE-VHVJ-ZBRH-W\n")
                    .contains(
                            "Si votre demande est complète et que la mairie ne vous a pas répondu"
                                    + " le samedi 16 mai 2026 au soir, votre demande sera"
                                    + " acceptée")
                    .contains(
                            "Votre demande n'est pas encore envoyée. Corrigez ces points :\n"
                                    + "- Choisissez le document dont vous avez besoin\n"
                                    + "- Choisissez pour qui vous demandez ce document\n"
                                    + "- Saisissez le nom de naissance\n"
                                    + "- Saisissez les prénoms\n"
                                    + "- Saisissez la date de naissance\n"
                                    + "- Saisissez votre adresse e-mail\n"
                                    + "- Saisissez l'adresse d'envoi\n")
                    .contains(
                            "- Vérifiez la date de naissance : cette date n'existe pas. Saisissez"
                                    + " une date réelle, par exemple 27/03/2007\n")
                    .contains(
                            "- Pour l'adresse d'envoi, le code postal ne correspond pas à la"
                                    + " commune choisie : vérifiez l'un ou l'autre\n")
                    .contains(
                            "- Vérifiez la date de naissance : saisissez la date d'aujourd'hui ou"
                                    + " une date passée\n"
                                    + "- Saisissez le nom et le prénom d'un parent\n");
            // Samples 1, 2 and 8 get a receipt; so does the request of the incomplete story.
            assertThat(run.out().split("\nAccusé de réception\n", -1)).hasSize(5);
        }

        @Test
        void showsARepeatableGroupAndAConditionInTheSamples() {
            Run run = run();

            assertThat(run.out())
                    .contains(
                            "Exemple 7 : Sofia Benali inscrit son fils et demande une autre école"
                                    + " sans dire pourquoi\n(07-inscription-scolaire-autre-ecole.json)\n"
                                    + "-".repeat(72)
                                    + "\nVotre demande n'est pas encore envoyée. Corrigez ces points :\n"
                                    + "- Choisissez la raison de votre demande\n"
                                    + "- Saisissez l'école demandée\n")
                    .contains(
                            "Votre demande n'est pas encore envoyée. Corrigez ces points :\n"
                                    + "- Enfant 2 : Cochez au moins une réponse pour les jours de"
                                    + " cantine\n"
                                    + "- Saisissez votre quotient familial en chiffres, par exemple"
                                    + " 850\n");
        }

        @Test
        void tellsTheStoryOfAnIncompleteRequestAcceptedBySilence() {
            // CRPA art. L114-5: the two months start again when the missing piece arrives on
            // 1 April 2026; L231-1 and L232-3: accepted at the end of 1 June, attested.
            Run run = run();

            assertThat(run.out())
                    .contains("Vendredi 20 mars 2026 : il manque une pièce.\n")
                    .contains(
                            "Envoyez ces pièces au plus tard le lundi 20 avril 2026 : en ligne, par"
                                    + " courrier ou à l'accueil de la mairie.\n")
                    // L114-5 for an acceptance: the period starts again in full; the example is
                    // the earliest date, pieces received the day of the notice.
                    .contains(
                            "Le délai au bout duquel le silence de la mairie vaut acceptation"
                                    + " repartira de zéro le jour où la mairie recevra ces pièces"
                                    + " (article L114-5 du code des relations entre le public et"
                                    + " l'administration) : d'ici là, son silence ne vaut pas"
                                    + " acceptation. Par exemple, si elle les reçoit le vendredi 20"
                                    + " mars 2026 et ne vous a pas répondu le mercredi 20 mai 2026"
                                    + " au soir, votre demande sera acceptée. La mairie vous écrira"
                                    + " la date exacte quand elle recevra les pièces.\n")
                    .contains(
                            "Si votre demande est complète et que la mairie ne vous a pas répondu"
                                    + " le lundi 1er juin 2026 au soir, votre demande sera"
                                    + " acceptée")
                    .contains(
                            "Cette acceptation est acquise depuis la fin du lundi 1er juin 2026 :"
                                    + " elle compte à partir du mardi 2 juin 2026.\n")
                    .contains("Signature vérifiée : VALID\n");
        }

        @Test
        void tellsOneStoryPerProcedure() {
            Run run = run();

            assertThat(run.out())
                    .contains("Actes d'état civil : qui peut obtenir quoi\n")
                    .contains(
                            "Vous ne pouvez pas obtenir la copie intégrale de cet acte de naissance.")
                    .contains(
                            "L'école est obligatoire pour lui à partir de la rentrée de septembre 2025")
                    .contains(
                            "Refusé. Il n'est plus possible d'annuler le repas du lundi 16 mars 2026")
                    .contains("→ Ce créneau est complet. Choisissez un autre horaire.\n")
                    .contains(
                            "→ Un signalement semblable a été fait le lundi 16 mars 2026, à 17 m d'ici")
                    .contains("→ Notification déjà reçue : rien ne change. Reçus délivrés : 1\n");
        }

        @Test
        void printsTheNoticeAndTheRetentionPlanOfTheRequestsReceived() {
            // GDPR art. 13 (notice) and art. 5(1)(e) (storage limitation).
            Run run = run();

            assertThat(run.out())
                    .contains(
                            "Vos données personnelles : ce que la mairie vous dit (RGPD, article"
                                    + " 13)\n")
                    .contains(
                            "- Vos données sont conservées 1 an après la clôture de votre demande,"
                                    + " puis supprimées.\n")
                    .contains(
                            "Demandes closes le 20/03/2026, une fois les documents envoyés :"
                                    + " SE-VHVJ-ZBRH-W, SE-4T2C-9A64-5\n"
                                    + "Le 01/06/2026 : rien à faire.\n"
                                    + "Le 19/03/2027 : rien à faire.\n"
                                    + "Le 20/03/2027 : supprimer SE-VHVJ-ZBRH-W, SE-4T2C-9A64-5.\n");
        }

        @Test
        void printsAndLogsNoPersonalDataOfTheSamples() {
            // Issue 5: planted values from the sample answers never reach logs nor output.
            List<String> planted =
                    List.of(
                            "Camille Louise",
                            "camille.martin@exemple.fr",
                            "06 23 45 67 89",
                            "+33623456789",
                            "rue de l'Église",
                            "L'Hermitte-Dubois",
                            "h.dubois@exemple.fr",
                            "+590690123456",
                            "chemin des Flamboyants",
                            "parent.moreau@exemple");

            LogLeakDetector.assertNoLeak(
                    planted,
                    () -> {
                        Demo.run(new String[] {"--json"}, System.out, System.err);
                        Demo.run(new String[] {"--en"}, System.out, System.err);
                    });
        }

        @Test
        void speaksEnglishWhenAsked() {
            Run run = run("--en");

            assertThat(run.out())
                    .startsWith(
                            "Saint-Exemple online portal: sample requests of Monday 16 March 2026")
                    .contains("- Enter the surname at birth\n")
                    .contains("Acknowledgement of receipt\n")
                    // CRPA art. L114-5, in the story of the incomplete request.
                    .contains(
                            "The period after which the town hall's silence means yes will start"
                                    + " again from zero on the day the town hall receives these"
                                    + " documents (article L114-5 of the French Code of Relations"
                                    + " between the Public and the Administration): until then,"
                                    + " its silence does not mean yes. For example, if it receives"
                                    + " them on Friday 20 March 2026 and has not answered you by"
                                    + " the end of Wednesday 20 May 2026, your request will be"
                                    + " accepted. The town hall will write to you with the exact"
                                    + " date when it receives the documents.\n");
        }

        @Test
        void neverPrintsAnAnswerInTheReceipts() {
            Run run = run("--json");

            assertThat(run.out())
                    .contains("\"bornAtEndOf\":\"2026-05-16\"")
                    .doesNotContain("camille.martin@exemple.fr")
                    .doesNotContain("06 23 45 67 89")
                    .doesNotContain("+33623456789");
        }
    }

    @Nested
    class OwnAnswers {
        @TempDir Path dir;

        Path file(String name, String content) throws IOException {
            Path file = dir.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        }

        @Test
        void printsTheReceiptOfAValidFile() throws IOException {
            Path answers =
                    file(
                            "mes-reponses.json",
                            """
                            {"record-kind": "extract-without-parents", "relation": "self",
                             "family-name": "Petit", "given-names": "Noé",
                             "birth-date": "2001-06-30", "email": "noe.petit@exemple.fr",
                             "address": {"number": "1", "street": "rue Jeanne d'Arc",
                                         "postalCode": "45000", "commune": "45234"}}
                            """);

            Run run = run("submit", "birth-record", answers.toString());

            assertThat(run.status()).isZero();
            assertThat(run.out()).startsWith("Accusé de réception\n");
        }

        @Test
        void refusesASurnameThatIsNoName() throws IOException {
            Path answers =
                    file(
                            "chiffres.json",
                            """
                            {"record-kind": "extract-without-parents", "relation": "self",
                             "family-name": "1234", "given-names": "Noé",
                             "birth-date": "2001-06-30", "email": "noe.petit@exemple.fr",
                             "address": {"number": "1", "street": "rue Jeanne d'Arc",
                                         "postalCode": "45000", "commune": "45234"}}
                            """);

            Run run = run("submit", "birth-record", answers.toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).doesNotContain("Accusé de réception").doesNotContain("1234");
        }

        @Test
        void exitsWithOneAndTheMessagesWhenTheAnswersNeedPuttingRight() throws IOException {
            Path answers = file("a.json", "{\"family-name\": \"Petit\"}");

            Run run = run("submit", "birth-record", answers.toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).contains("- Saisissez les prénoms\n");
        }

        @Test
        @Timeout(10)
        void refusesDeeplyNestedJsonNamingTheFile() throws IOException {
            // Case F09.
            Path answers = file("deep.json", "[".repeat(100_000) + "]".repeat(100_000));

            Run run = run("submit", "birth-record", answers.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo(
                            "Le fichier ne peut pas être lu : il est trop gros ou trop imbriqué.\n");
        }

        @Test
        @Timeout(10)
        void refusesAMillionDigitNumber() throws IOException {
            // Case F10.
            Path answers = file("big.json", "{\"family-name\": " + "9".repeat(1_000_000) + "}");

            Run run = run("submit", "birth-record", answers.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo(
                            "Le fichier ne peut pas être lu : il est trop gros ou trop imbriqué.\n");
        }

        @Test
        void refusesAClassNamedByTheInput() throws IOException {
            // Case F11.
            Path answers =
                    file(
                            "class.json",
                            "{\"attachment\": {\"@class\": \"java.io.File\", \"path\": \"x.txt\"}}");

            Run run = run("submit", "birth-record", answers.toString());
            Run english = run("--en", "submit", "birth-record", answers.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo(
                            "Le fichier ne peut pas être lu : il contient une réponse que ce"
                                    + " formulaire ne demande pas. Le problème se trouve à la ligne"
                                    + " 1, colonne 2.\n");
            assertThat(english.err())
                    .isEqualTo(
                            "The file cannot be read: it holds an answer this form does not ask"
                                    + " for. The problem is at line 1, column 2.\n");
        }

        @Test
        void namesThePartOfTheFileButNeverAKeyItDoesNotKnow() throws IOException {
            // The reader names an unknown key by its length only, in English: the demo shows the
            // plain part of the path before it, which reads the same in every language.
            Path answers =
                    file("flat.json", "{\"address\": {\"number\": \"1\", \"appartement\": \"B\"}}");

            Run run = run("submit", "birth-record", answers.toString());
            Run english = run("--en", "submit", "birth-record", answers.toString());

            assertThat(run.err())
                    .isEqualTo(
                            "Le fichier ne peut pas être lu : il contient une réponse que ce"
                                    + " formulaire ne demande pas. Le problème se trouve à la ligne"
                                    + " 1, colonne 29, dans cette partie du fichier : $.address\n");
            assertThat(english.err())
                    .isEqualTo(
                            "The file cannot be read: it holds an answer this form does not ask"
                                    + " for. The problem is at line 1, column 29, in this part of"
                                    + " the file: $.address\n");
        }

        @Test
        void saysWhenTheFileIsEmpty() throws IOException {
            Path empty = file("empty.json", "");

            Run french = run("submit", "birth-record", empty.toString());
            Run english = run("--en", "submit", "birth-record", empty.toString());

            assertThat(french.status()).isEqualTo(2);
            assertThat(french.err()).isEqualTo("Ce fichier est vide : " + empty + "\n");
            assertThat(english.err()).isEqualTo("This file is empty: " + empty + "\n");
        }

        @Test
        void placesTheProblemOfATruncatedFileInTheResidentsLanguage() throws IOException {
            // Nineteen characters: the parser stops just after the last one.
            Path cut = file("cut.json", "{\"family-name\": \"Pe");

            Run french = run("submit", "birth-record", cut.toString());
            Run english = run("--en", "submit", "birth-record", cut.toString());

            assertThat(french.status()).isEqualTo(2);
            assertThat(french.err())
                    .isEqualTo(
                            "Le fichier ne peut pas être lu : ce n'est pas du JSON bien formé"
                                    + " (vérifiez qu'il est complet et enregistré en UTF-8). Le"
                                    + " problème se trouve à la ligne 1, colonne 20.\n");
            assertThat(english.err())
                    .isEqualTo(
                            "The file cannot be read: it is not well-formed JSON (check it is"
                                    + " complete and saved as UTF-8). The problem is at line 1,"
                                    + " column 20.\n");
        }

        @Test
        void saysWhenAnAnswerIsGivenTwiceOrTheFileHoldsNothing() throws IOException {
            Path twice =
                    file(
                            "twice.json",
                            "{\"family-name\": \"Martin\", \"family-name\": \"Dupont\"}");
            Path blank = file("blank.json", "  \n\t ");

            assertThat(run("submit", "birth-record", twice.toString()).err())
                    .isEqualTo(
                            "Le fichier ne peut pas être lu : une même réponse y figure deux"
                                    + " fois. Le problème se trouve à la ligne 1, colonne 40.\n");
            assertThat(run("--en", "submit", "birth-record", twice.toString()).err())
                    .isEqualTo(
                            "The file cannot be read: an answer appears twice in it. The problem"
                                    + " is at line 1, column 40.\n");
            assertThat(run("submit", "birth-record", blank.toString()).err())
                    .isEqualTo("Le fichier ne peut pas être lu : il ne contient rien.\n");
            assertThat(run("--en", "submit", "birth-record", blank.toString()).err())
                    .isEqualTo("The file cannot be read: it holds nothing.\n");
        }

        @Test
        void placesAMissingCommaOnItsLineAndColumn() throws IOException {
            Path malformed =
                    file(
                            "malformed.json",
                            "{\"record-kind\": \"full-copy\",\n \"relation\": \"self\" \"email\": \"\"}");

            Run french = run("submit", "birth-record", malformed.toString());
            Run english = run("--en", "submit", "birth-record", malformed.toString());

            assertThat(french.err())
                    .isEqualTo(
                            "Le fichier ne peut pas être lu : ce n'est pas du JSON bien formé"
                                    + " (vérifiez qu'il est complet et enregistré en UTF-8). Le"
                                    + " problème se trouve à la ligne 2, colonne 21.\n");
            assertThat(english.err())
                    .isEqualTo(
                            "The file cannot be read: it is not well-formed JSON (check it is"
                                    + " complete and saved as UTF-8). The problem is at line 2,"
                                    + " column 21.\n");
        }

        @Test
        void namesTheAnswerOfTheWrongKindByItsPath() throws IOException {
            Path wrong = file("wrong.json", "{\"family-name\": [\"Petit\"]}");

            Run french = run("submit", "birth-record", wrong.toString());
            Run english = run("--en", "submit", "birth-record", wrong.toString());

            assertThat(french.err())
                    .isEqualTo(
                            "Le fichier ne peut pas être lu : une réponse n'est pas du type"
                                    + " attendu. Le problème se trouve à la ligne 1, colonne 17,"
                                    + " dans cette partie du fichier : $.family-name\n");
            assertThat(english.err())
                    .isEqualTo(
                            "The file cannot be read: an answer is not of the expected kind. The"
                                    + " problem is at line 1, column 17, in this part of the file:"
                                    + " $.family-name\n");
        }

        @Test
        void namesTheProceduresWhenOneIsUnknown() throws IOException {
            Run run = run("submit", "passport", file("a.json", "{}").toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo(
                            "Saint-Exemple n'a pas de démarche de ce nom. Choisissez parmi :"
                                    + " birth-record, canteen, civil-status-certificate,"
                                    + " invoice-payment, public-space-report, school-registration,"
                                    + " town-hall-appointment\n");
        }

        @Test
        void saysWhenTheFileDoesNotExist() {
            Run run = run("submit", "birth-record", dir.resolve("absent.json").toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo("Ce fichier n'existe pas : " + dir.resolve("absent.json") + "\n");
        }

        @Test
        void asksForTheFileNameWhenItIsEmpty() {
            Run french = run("submit", "birth-record", "");
            Run english = run("--en", "submit", "birth-record", " ");

            assertThat(french.status()).isEqualTo(2);
            assertThat(french.err())
                    .isEqualTo(
                            "Saisissez le nom de votre fichier de réponses, par exemple"
                                    + " mes-reponses.json\n");
            assertThat(english.status()).isEqualTo(2);
            assertThat(english.err())
                    .isEqualTo(
                            "Enter the name of your answers file, for example my-answers.json\n");
        }

        @Test
        void saysWhenTheFileNameHoldsACharacterTheSystemRefuses() {
            Run french = run("submit", "birth-record", "mes\u0000reponses.json");
            Run english = run("--en", "submit", "birth-record", "mes\u0000reponses.json");

            assertThat(french.status()).isEqualTo(2);
            assertThat(french.err())
                    .isEqualTo(
                            "Ce nom de fichier contient un caractère que le système n'accepte"
                                    + " pas. Vérifiez le nom de votre fichier de réponses.\n");
            assertThat(english.err())
                    .isEqualTo(
                            "This file name holds a character the system does not accept. Check"
                                    + " the name of your answers file.\n");
        }

        @Test
        @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
        void saysWhenAFileCannotBeReadInTheResidentsLanguage() {
            // Reading /proc/self/mem from its start fails with an input/output error.
            Run french = run("submit", "birth-record", "/proc/self/mem");
            Run english = run("--en", "submit", "birth-record", "/proc/self/mem");

            assertThat(french.status()).isEqualTo(2);
            assertThat(french.err())
                    .isEqualTo(
                            "Ce fichier ne peut pas être lu (vérifiez son nom, ou enregistrez vos"
                                    + " réponses dans un autre fichier) : /proc/self/mem\n");
            assertThat(english.err())
                    .isEqualTo(
                            "This file cannot be read (check its name, or save your answers in"
                                    + " another file): /proc/self/mem\n");
        }

        @Test
        void saysWhenTheResidentMayNotReadTheFile() throws IOException {
            Path locked = file("locked.json", "{}");
            locked.toFile().setReadable(false, false);
            org.junit.jupiter.api.Assumptions.assumeFalse(
                    Files.isReadable(locked), "the tests run with the right to read any file");

            Run french = run("submit", "birth-record", locked.toString());
            Run english = run("--en", "submit", "birth-record", locked.toString());

            assertThat(french.err())
                    .isEqualTo("Vous n'avez pas le droit de lire ce fichier : " + locked + "\n");
            assertThat(english.err())
                    .isEqualTo("You are not allowed to read this file: " + locked + "\n");
        }

        @Test
        void saysWhenThePathIsAFolder() {
            Run run = run("submit", "birth-record", dir.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("C'est un dossier, pas un fichier : " + dir + "\n");
        }

        @Test
        @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
        void saysWhenThePathIsADeviceWithoutReadingIt() {
            Run french = run("submit", "birth-record", "/dev/zero");
            Run english = run("--en", "submit", "birth-record", "/dev/zero");

            assertThat(french.status()).isEqualTo(2);
            assertThat(french.err())
                    .isEqualTo(
                            "Ce n'est pas un fichier de réponses enregistré sur le disque :"
                                    + " /dev/zero\n");
            assertThat(english.err())
                    .isEqualTo("This is not a file of answers saved on disk: /dev/zero\n");
        }

        @Test
        void explainsWhyAThirdPartyCannotHaveTheFullCopy() throws IOException {
            // Décret 2017-890 art. 30 (full copy) and 32 (extracts with filiation), art. 33
            // (extract
            // without filiation: anyone); case F17: the full copy is refused to someone unrelated.
            Path answers =
                    file(
                            "tiers.json",
                            """
                            {"record-kind": "full-copy", "relation": "other"}
                            """);

            Run run = run("submit", "birth-record", answers.toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out())
                    .isEqualTo(
                            "Votre demande ne peut pas être envoyée :\nVous ne pouvez pas obtenir ce"
                                    + " document : la copie intégrale, l'extrait avec filiation et"
                                    + " l'extrait plurilingue d'un acte de naissance sont réservés à"
                                    + " la personne concernée, à son époux ou à son épouse, à ses"
                                    + " parents et grands-parents, à ses enfants et petits-enfants,"
                                    + " et à son représentant légal (décret n° 2017-890 du 6 mai"
                                    + " 2017, articles 30 et 32). Vous pouvez demander un extrait"
                                    + " sans filiation : il est délivré à toute personne (article 33"
                                    + " du même décret).\n");
            Run english = run("--en", "submit", "birth-record", answers.toString());
            assertThat(english.out())
                    .isEqualTo(
                            "Your request cannot be sent:\nYou cannot obtain this document: the"
                                    + " full copy, the extract with parents' names and the"
                                    + " multilingual extract of a birth record are only for the"
                                    + " person concerned, their husband or wife, their parents and"
                                    + " grandparents, their children and grandchildren, and their"
                                    + " legal representative (decree 2017-890 of 6 May 2017,"
                                    + " articles 30 and 32). You can ask for an extract without"
                                    + " parents' names: anyone may have it (article 33 of the same"
                                    + " decree).\n");
        }

        @Test
        void neverPrintsAControlCharacterOfAFileName() {
            // An escape sequence or a line break in the name would recolour the terminal or forge
            // a line of output.
            Run run = run("submit", "birth-record", "/tmp/absent\u001b[31mROUGE\n2e ligne.json");

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo("Ce fichier n'existe pas : /tmp/absent?[31mROUGE?2e ligne.json\n");
            assertThat(Demo.printable("a\u202Eb\tc\u00e9")).isEqualTo("a?b?c\u00e9");
            assertThat(Demo.printable("a\u2028b\u2029c" + Character.toString(0xE0041) + "d\uD800"))
                    .isEqualTo("a?b?c?d?");
            assertThat(Demo.printable("r\u00e9ponses-\uD83D\uDE00.json"))
                    .isEqualTo("r\u00e9ponses-\uD83D\uDE00.json");
        }

        @Test
        void wordsThePortalsRefusalsInTheResidentsLanguage() {
            PortalException unavailable =
                    new PortalException(
                            PortalException.Reason.PROCEDURE_UNAVAILABLE,
                            "Procedure x is not offered today");
            PortalException reused =
                    new PortalException(
                            PortalException.Reason.IDEMPOTENCY_KEY_REUSED, "Key reused");

            assertThat(Demo.refusal(unavailable, Locale.FRENCH))
                    .isEqualTo(
                            "Cette démarche n'est pas ouverte aujourd'hui : elle n'est pas encore"
                                    + " publiée, elle est fermée ou ses dates d'ouverture sont"
                                    + " passées. Renseignez-vous auprès de la mairie.");
            assertThat(Demo.refusal(unavailable, Locale.ENGLISH))
                    .isEqualTo(
                            "This procedure is not open today: it is not published yet, it is"
                                    + " closed, or its opening dates are over. Ask the town hall.");
            assertThat(Demo.refusal(reused, Locale.FRENCH))
                    .isEqualTo(
                            "Cette demande a déjà été envoyée avec d'autres réponses."
                                    + " Recommencez depuis le début.");
            assertThat(Demo.refusal(reused, Locale.ENGLISH))
                    .isEqualTo(
                            "This request was already sent with other answers. Start again from"
                                    + " the beginning.");
        }

        @Test
        void explainsTheUsage() {
            Run run = run("submit");

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo(
                            "Utilisation : Demo [--en] [--json] [submit DÉMARCHE"
                                    + " RÉPONSES.json]\n");
        }
    }
}
