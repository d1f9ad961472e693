package io.portail.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SchoolStoryTests {

    static String run(Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SchoolStory.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), locale);
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Nested
    class CaseF16 {
        @Test
        void showsSchoolCompulsoryFromSeptember2025ForAChildBornOn31December2022() {
            // Case F16; Code de l'éducation L131-1 as amended by loi 2019-791.
            assertThat(run(Locale.FRENCH))
                    .contains(
                            "Votre enfant est né le 31 décembre 2022. L'école est obligatoire"
                                    + " pour lui à partir de la rentrée de septembre 2025 (année"
                                    + " scolaire 2025-2026).");
        }
    }

    @Nested
    class WordForWord {
        @Test
        void inFrench() {
            assertThat(run(Locale.FRENCH))
                    .isEqualTo(
                            """
                            Inscription à l'école
                            ========================================================================

                            Votre enfant est né le 31 décembre 2022. L'école est obligatoire pour lui à partir \
                            de la rentrée de septembre 2025 (année scolaire 2025-2026).
                            - 2024-2025 : toute petite section, si l'école a de la place
                            - 2025-2026 : petite section
                            - 2026-2027 : moyenne section

                            Votre école de secteur
                            - 12 rue de l’Eglise : École du Moulin.
                            - 7 Av. du Général-Leclerc : École des Tilleuls.
                            - 3 rue des Lilas : cette adresse n'est pas sur la carte scolaire. Le service des \
                            affaires scolaires vous indiquera votre école.

                            Les seuls documents que la mairie peut vous demander :
                            - Un document qui prouve l'identité de l'enfant : livret de famille, carte \
                            d'identité, passeport ou acte de naissance.
                              Si vous n'en avez pas, vous pouvez écrire une déclaration sur l'honneur indiquant \
                            le nom, les prénoms, la date et le lieu de naissance de l'enfant.
                            - Un document qui prouve votre identité : carte d'identité, passeport ou livret de \
                            famille.
                              Si vous n'en avez pas, vous pouvez écrire une déclaration sur l'honneur indiquant \
                            votre identité.
                            - Un document qui prouve votre adresse : facture, quittance de loyer ou tout autre \
                            document.
                              Une déclaration sur l'honneur indiquant votre adresse suffit aussi.

                            Demander une école d'une autre commune
                            - Vous travaillez et votre commune n'offre ni cantine ni garde des enfants : votre \
                            commune ne peut pas refuser de participer aux frais (Code de l'éducation, articles \
                            L212-8 1° et R212-21).
                            - La santé de votre enfant demande des soins réguliers dans l'autre commune : votre \
                            commune ne peut pas refuser de participer aux frais (Code de l'éducation, articles \
                            L212-8 3° et R212-22).
                            - Un frère ou une sœur de votre enfant va déjà à l'école dans l'autre commune : \
                            votre commune ne peut pas refuser de participer aux frais (Code de l'éducation, \
                            articles L212-8 2° et R212-23).
                            - Votre enfant termine à l'école où il a commencé la maternelle ou l'élémentaire : \
                            votre commune ne peut pas refuser de participer aux frais (Code de l'éducation, \
                            article L212-8, dernier alinéa).
                            - Une autre raison : il faut l'accord du maire de votre commune (Code de \
                            l'éducation, article L212-8, premier alinéa).
                            """);
        }

        @Test
        void inEnglish() {
            assertThat(run(Locale.ENGLISH))
                    .isEqualTo(
                            """
                            School registration
                            ========================================================================

                            Your child was born on 31 December 2022. School is compulsory for them from the \
                            September 2025 school start (school year 2025-2026).
                            - 2024-2025: nursery, first year for two-year-olds, if the school has room
                            - 2025-2026: nursery, first year
                            - 2026-2027: nursery, second year

                            Your area's school
                            - 12 rue de l’Eglise: École du Moulin.
                            - 7 Av. du Général-Leclerc: École des Tilleuls.
                            - 3 rue des Lilas: this address is not on the school map. The school office will \
                            tell you your school.

                            The only documents the town hall may ask you for:
                            - A document proving the child's identity: family record book, identity card, \
                            passport or birth certificate.
                              If you have none, you can write a sworn statement giving the child's surname, \
                            given names, date and place of birth.
                            - A document proving your identity: identity card, passport or family record book.
                              If you have none, you can write a sworn statement giving your identity.
                            - A document proving your address: a bill, a rent receipt or any other document.
                              A sworn statement giving your address is also enough.

                            Asking for a school in another commune
                            - You work and your home commune offers neither canteen nor childcare: your home \
                            commune cannot refuse to share the cost (French Education Code, articles L212-8 1° \
                            and R212-21).
                            - Your child's health needs regular care in the other commune: your home commune \
                            cannot refuse to share the cost (French Education Code, articles L212-8 3° and \
                            R212-22).
                            - A brother or sister of your child already goes to school in the other commune: \
                            your home commune cannot refuse to share the cost (French Education Code, articles \
                            L212-8 2° and R212-23).
                            - Your child finishes nursery or primary school where they started it: your home \
                            commune cannot refuse to share the cost (French Education Code, article L212-8, last \
                            paragraph).
                            - Another reason: your home commune's mayor must agree (French Education Code, \
                            article L212-8, first paragraph).
                            """);
        }
    }
}
