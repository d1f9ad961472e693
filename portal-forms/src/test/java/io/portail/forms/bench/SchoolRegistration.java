package io.portail.forms.bench;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.portail.forms.constraints.annotation.Email;
import io.portail.forms.constraints.annotation.FiscalNumber;
import io.portail.forms.constraints.annotation.FrenchPhone;
import io.portail.forms.constraints.annotation.InseeCode;
import io.portail.forms.constraints.annotation.PersonName;
import io.portail.forms.constraints.annotation.PostalCode;
import io.portail.forms.constraints.annotation.Street;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The school registration form as a typed record, checked by Hibernate Validator: the baseline (b)
 * of {@link SchoolRegistrationBenchmark}. Jackson binds it with kebab-case names.
 *
 * @param livesInCommune lives in the commune
 * @param childFamilyName the child's family name
 * @param childGivenNames the child's given names
 * @param childBirthDate the child's date of birth
 * @param schoolLevel the class
 * @param parent1FamilyName first parent's family name
 * @param parent1GivenNames first parent's given names
 * @param parent1Email first parent's email
 * @param parent1Phone first parent's phone
 * @param hasSecondParent a second parent is given
 * @param parent2FamilyName second parent's family name
 * @param parent2GivenNames second parent's given names
 * @param parent2Email second parent's email
 * @param parent2Phone second parent's phone
 * @param address the family's address
 * @param siblings the brothers and sisters
 * @param householdSize the number of people in the household
 * @param familyQuotient the family quotient, as typed
 * @param fiscalNumber the tax number
 * @param school the school wanted
 * @param canteen eats at the canteen
 * @param canteenDays the canteen days
 * @param allergies the food allergies
 * @param proofOfAddress the proof of address
 */
public record SchoolRegistration(
        @NotNull @AssertTrue Boolean livesInCommune,
        @NotBlank @PersonName String childFamilyName,
        @NotBlank @PersonName String childGivenNames,
        @NotNull @Past @JsonFormat(pattern = "dd/MM/yyyy") LocalDate childBirthDate,
        @NotNull @Pattern(regexp = "ps|ms|gs|cp|ce1") String schoolLevel,
        @NotBlank @PersonName String parent1FamilyName,
        @NotBlank @PersonName String parent1GivenNames,
        @NotBlank @Email String parent1Email,
        @NotBlank @FrenchPhone String parent1Phone,
        @NotNull Boolean hasSecondParent,
        @Nullable @PersonName String parent2FamilyName,
        @Nullable @PersonName String parent2GivenNames,
        @Nullable @Email String parent2Email,
        @Nullable @FrenchPhone String parent2Phone,
        @NotNull @Valid Address address,
        @Size(max = 6) List<@Valid Sibling> siblings,
        @NotNull @Min(1) @Max(20) Integer householdSize,
        @Nullable @Pattern(regexp = "[0-9 ]{1,13}([.,][0-9]{1,2})? ?(€|EUR)?")
                String familyQuotient,
        @Nullable @FiscalNumber String fiscalNumber,
        @NotNull @Pattern(regexp = "jules-ferry|les-tilleuls") String school,
        @NotNull Boolean canteen,
        @Size(min = 1, max = 4)
                List<@Pattern(regexp = "monday|tuesday|thursday|friday") String> canteenDays,
        @Nullable @Size(max = 1000) String allergies,
        @NotNull @Size(min = 1, max = 2) List<@Valid Attachment> proofOfAddress) {

    /**
     * Requires the second parent's names when one is given.
     *
     * @return true if consistent
     */
    @AssertTrue
    public boolean isSecondParentComplete() {
        return !Boolean.TRUE.equals(hasSecondParent)
                || (parent2FamilyName != null && parent2GivenNames != null);
    }

    /**
     * A postal address.
     *
     * @param number the number in the street
     * @param street the street
     * @param complement a complement
     * @param postalCode the postal code
     * @param commune the INSEE code of the commune
     */
    public record Address(
            @Nullable @Size(max = 20) String number,
            @NotBlank @Street String street,
            @Nullable @Size(max = 200) String complement,
            @JsonProperty("postalCode") @NotBlank @PostalCode String postalCode,
            @NotBlank @InseeCode String commune) {}

    /**
     * A brother or sister.
     *
     * @param givenName the given name
     * @param birthDate the date of birth
     * @param atSchoolHere at school in the commune
     * @param schoolName the school
     */
    public record Sibling(
            @NotBlank @PersonName String givenName,
            @NotNull @Past @JsonFormat(pattern = "dd/MM/yyyy") LocalDate birthDate,
            @Nullable Boolean atSchoolHere,
            @Nullable @Size(max = 100) String schoolName) {}

    /**
     * A file description.
     *
     * @param name the file name
     * @param mediaType the media type
     * @param size the size in bytes
     */
    public record Attachment(
            @NotBlank @Size(max = 255) String name,
            @JsonProperty("mediaType")
                    @NotNull
                    @Pattern(regexp = "application/pdf|image/jpeg|image/png")
                    String mediaType,
            @Positive @Max(5_242_880) long size) {}
}
