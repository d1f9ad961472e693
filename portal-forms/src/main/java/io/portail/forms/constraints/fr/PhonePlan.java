package io.portail.forms.constraints.fr;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The numbering plans of some country calling codes, compiled once from libphonenumber's metadata,
 * answering what {@link PhoneNumberUtil#getNumberType}, {@link
 * PhoneNumberUtil#getRegionCodeForNumber} and {@link PhoneNumberUtil#isValidNumberForRegion} answer
 * for a national significant number of those codes.
 *
 * <p>Why: libphonenumber reads its metadata again on every call. Each number description it tries
 * (eight for a metropolitan mobile) has its pattern looked up by text in its {@code RegexCache}, a
 * synchronised LRU map, and strings are built along the way; for a country code shared by several
 * regions the plan is read twice, once to choose the region and once for the kind. Here every
 * pattern is compiled once into an immutable structure per region, and each description also keeps
 * the three-digit beginnings that its pattern can start with (worked out on its first use), so that
 * most descriptions are set aside without running a regular expression: a metropolitan mobile runs
 * two.
 *
 * <p>Nothing here is a numbering plan written by hand: patterns, possible lengths, leading digits
 * and the order of the regions sharing a country code are libphonenumber's, read through its public
 * metadata source. Only the way libphonenumber decides is reproduced: the general description must
 * match first; the kinds are then tried in the order premium rate, toll free, shared cost, VoIP,
 * personal number, pager, UAN, voicemail, then fixed line and mobile (a number matching both, or
 * the fixed-line pattern of a region that uses it for mobiles too, is {@link
 * PhoneNumberType#FIXED_LINE_OR_MOBILE}); a description matches when the length is one of its
 * possible lengths (none listed: any length the general description allows; {@code -1} alone: the
 * kind does not exist) and its pattern matches the whole number; a country code shared by several
 * regions (+590: Guadeloupe, Saint-Barthélemy, Saint-Martin; +262: La Réunion, Mayotte) is given to
 * the first region whose leading digits begin the number or, for a region without leading digits,
 * in whose plan the number is valid, and the kind is read in that region's plan. {@code
 * PhonePlanTests} pins this against libphonenumber on every four-digit beginning of every length
 * for each compiled code.
 *
 * <p>The national significant number is libphonenumber's: the national number, preceded by its
 * leading zeros when the number keeps them (New Caledonia's toll-free {@code 05 01 23} is {@code
 * +687050123}). Immutable and thread-safe.
 */
final class PhonePlan {
    private static final int MAX_COUNTRY_CODE = 999;

    /** The kinds tried before fixed line and mobile, in libphonenumber's order. */
    private static final List<PhoneNumberType> SPECIAL_KINDS =
            List.of(
                    PhoneNumberType.PREMIUM_RATE,
                    PhoneNumberType.TOLL_FREE,
                    PhoneNumberType.SHARED_COST,
                    PhoneNumberType.VOIP,
                    PhoneNumberType.PERSONAL_NUMBER,
                    PhoneNumberType.PAGER,
                    PhoneNumberType.UAN,
                    PhoneNumberType.VOICEMAIL);

    private final CountryCode[] byCountryCode;
    private final Map<String, Region> byRegion;

    private PhonePlan(CountryCode[] byCountryCode, Map<String, Region> byRegion) {
        this.byCountryCode = byCountryCode;
        this.byRegion = Map.copyOf(byRegion);
    }

    /**
     * Compiles the plans of the country codes of some regions, with every region that shares one of
     * those codes (the region of a number is chosen among all of them).
     *
     * @param regions ISO 3166-1 codes as libphonenumber names them
     * @return the compiled plans
     * @throws IllegalStateException if libphonenumber has no metadata for a region, or metadata of
     *     a shape this class does not read
     */
    static PhonePlan compile(Collection<String> regions) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        MetadataSource source =
                DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        CountryCode[] byCountryCode = new CountryCode[MAX_COUNTRY_CODE + 1];
        Map<String, Region> byRegion = new HashMap<>();
        for (String wanted : regions) {
            int code = util.getCountryCodeForRegion(wanted);
            if (code <= 0 || code > MAX_COUNTRY_CODE) {
                throw new IllegalStateException("No country calling code for region " + wanted);
            }
            if (byCountryCode[code] != null) {
                continue;
            }
            List<String> sharing = util.getRegionCodesForCountryCode(code);
            Region[] compiled = new Region[sharing.size()];
            for (int i = 0; i < compiled.length; i++) {
                String region = sharing.get(i);
                PhoneMetadata metadata = source.getMetadataForRegion(region);
                if (metadata == null || metadata.getCountryCode() != code) {
                    throw new IllegalStateException(
                            "No metadata of code " + code + " for " + region);
                }
                compiled[i] = Region.of(region, metadata);
                byRegion.put(region, compiled[i]);
            }
            byCountryCode[code] = new CountryCode(code, compiled);
        }
        return new PhonePlan(byCountryCode, byRegion);
    }

    /**
     * Tells whether numbers of a country calling code are read here.
     *
     * @param countryCode a country calling code, such as 33
     * @return true if it was compiled
     */
    boolean covers(int countryCode) {
        return countryCode > 0
                && countryCode <= MAX_COUNTRY_CODE
                && byCountryCode[countryCode] != null;
    }

    /**
     * The kind of a number, as {@link PhoneNumberUtil#getNumberType} gives it: {@link
     * PhoneNumberType#UNKNOWN} exactly when the number is not valid.
     *
     * @param countryCode a country calling code that {@link #covers(int)}
     * @param nsn the national significant number, digits only
     * @return its kind in the plan of its region
     */
    PhoneNumberType typeOf(int countryCode, String nsn) {
        CountryCode code = codeOf(countryCode);
        Region[] regions = code.regions;
        if (regions.length == 1) {
            return regions[0].typeOf(nsn);
        }
        for (Region region : regions) {
            if (region.leadingDigits != null) {
                if (region.leadingDigits.matcher(nsn).lookingAt()) {
                    return region.typeOf(nsn);
                }
            } else {
                PhoneNumberType type = region.typeOf(nsn);
                if (type != PhoneNumberType.UNKNOWN) {
                    return type;
                }
            }
        }
        return PhoneNumberType.UNKNOWN;
    }

    /**
     * The region of a number, as {@link PhoneNumberUtil#getRegionCodeForNumber} gives it.
     *
     * @param countryCode a country calling code that {@link #covers(int)}
     * @param nsn the national significant number, digits only
     * @return the ISO 3166-1 code of its region, or null if the code is shared and no region takes
     *     the number
     */
    @Nullable String regionOf(int countryCode, String nsn) {
        Region[] regions = codeOf(countryCode).regions;
        if (regions.length == 1) {
            return regions[0].code;
        }
        for (Region region : regions) {
            boolean taken =
                    region.leadingDigits != null
                            ? region.leadingDigits.matcher(nsn).lookingAt()
                            : region.typeOf(nsn) != PhoneNumberType.UNKNOWN;
            if (taken) {
                return region.code;
            }
        }
        return null;
    }

    /**
     * Tells whether a number of the region's own country code is valid in that region's plan, as
     * {@link PhoneNumberUtil#isValidNumberForRegion} does.
     *
     * @param region a region compiled here
     * @param nsn the national significant number, digits only
     * @return true if its kind in that plan is known
     */
    boolean isValidIn(String region, String nsn) {
        return regionNamed(region).typeOf(nsn) != PhoneNumberType.UNKNOWN;
    }

    /**
     * The country calling code of a compiled region.
     *
     * @param region a region compiled here
     * @return its code, such as 590 for {@code GP}
     */
    int countryCodeOf(String region) {
        return regionNamed(region).countryCode;
    }

    /**
     * A number in E.164 form, as {@code PhoneNumberUtil.format(number, E164)} writes it: a plus,
     * the country calling code, the national significant number.
     *
     * @param countryCode a country calling code that {@link #covers(int)}
     * @param nsn the national significant number, digits only
     * @return the E.164 form
     */
    String e164(int countryCode, String nsn) {
        return codeOf(countryCode).plus.concat(nsn);
    }

    private CountryCode codeOf(int countryCode) {
        if (!covers(countryCode)) {
            throw new IllegalArgumentException("Country calling code not compiled: " + countryCode);
        }
        return byCountryCode[countryCode];
    }

    private Region regionNamed(String region) {
        Region compiled = byRegion.get(region);
        if (compiled == null) {
            throw new IllegalArgumentException("Region not compiled: " + region);
        }
        return compiled;
    }

    /** A country calling code and its regions, in libphonenumber's order. */
    private static final class CountryCode {
        final String plus;
        final Region[] regions;

        CountryCode(int code, Region[] regions) {
            this.plus = "+" + code;
            this.regions = regions;
        }
    }

    /** The plan of one region. */
    private static final class Region {
        final String code;
        final int countryCode;
        final @Nullable Pattern leadingDigits;
        final Description general;
        final Description[] specials;
        final PhoneNumberType[] specialKinds;
        final Description fixedLine;
        final Description mobile;
        final boolean sameMobileAndFixedLine;

        private Region(
                String code,
                int countryCode,
                @Nullable Pattern leadingDigits,
                Description general,
                Description[] specials,
                PhoneNumberType[] specialKinds,
                Description fixedLine,
                Description mobile,
                boolean sameMobileAndFixedLine) {
            this.code = code;
            this.countryCode = countryCode;
            this.leadingDigits = leadingDigits;
            this.general = general;
            this.specials = specials;
            this.specialKinds = specialKinds;
            this.fixedLine = fixedLine;
            this.mobile = mobile;
            this.sameMobileAndFixedLine = sameMobileAndFixedLine;
        }

        static Region of(String code, PhoneMetadata metadata) {
            Description[] specials = new Description[SPECIAL_KINDS.size()];
            for (int i = 0; i < specials.length; i++) {
                specials[i] = Description.of(code, descriptionOf(metadata, SPECIAL_KINDS.get(i)));
            }
            return new Region(
                    code,
                    metadata.getCountryCode(),
                    metadata.hasLeadingDigits()
                            ? Pattern.compile(metadata.getLeadingDigits())
                            : null,
                    Description.of(code, metadata.getGeneralDesc()),
                    specials,
                    SPECIAL_KINDS.toArray(new PhoneNumberType[0]),
                    Description.of(code, metadata.getFixedLine()),
                    Description.of(code, metadata.getMobile()),
                    metadata.getSameMobileAndFixedLinePattern());
        }

        private static @Nullable PhoneNumberDesc descriptionOf(
                PhoneMetadata metadata, PhoneNumberType kind) {
            switch (kind) {
                case PREMIUM_RATE:
                    return metadata.getPremiumRate();
                case TOLL_FREE:
                    return metadata.getTollFree();
                case SHARED_COST:
                    return metadata.getSharedCost();
                case VOIP:
                    return metadata.getVoip();
                case PERSONAL_NUMBER:
                    return metadata.getPersonalNumber();
                case PAGER:
                    return metadata.getPager();
                case UAN:
                    return metadata.getUan();
                case VOICEMAIL:
                    return metadata.getVoicemail();
                default:
                    throw new IllegalArgumentException("Not a special kind: " + kind);
            }
        }

        PhoneNumberType typeOf(String nsn) {
            if (!general.matches(nsn)) {
                return PhoneNumberType.UNKNOWN;
            }
            for (int i = 0; i < specials.length; i++) {
                if (specials[i].matches(nsn)) {
                    return specialKinds[i];
                }
            }
            if (fixedLine.matches(nsn)) {
                return sameMobileAndFixedLine || mobile.matches(nsn)
                        ? PhoneNumberType.FIXED_LINE_OR_MOBILE
                        : PhoneNumberType.FIXED_LINE;
            }
            return !sameMobileAndFixedLine && mobile.matches(nsn)
                    ? PhoneNumberType.MOBILE
                    : PhoneNumberType.UNKNOWN;
        }
    }

    /** One number description: its pattern, possible lengths and possible beginnings. */
    private static final class Description {
        private static final int BEGINNING = 3;
        private static final int BEGINNINGS = 1000;

        /** The pattern, or null when the description matches no number. */
        private final @Nullable Pattern pattern;

        /** Bit n set: a number of n digits may match; all bits set when no length is listed. */
        private final long lengths;

        /**
         * Bit b set: a number of at least three digits beginning with the three digits b may match.
         * A bit is cleared only when the regular-expression engine decided that the beginning fails
         * without reading past it ({@link Matcher#hitEnd()} false), so no number that the pattern
         * matches is ever set aside.
         *
         * <p>Worked out on the description's first use rather than when the plans are compiled: a
         * thousand matches per description, for some 150 descriptions, were most of the first phone
         * check's cost, and a metropolitan number uses a dozen of them. Two threads may both work
         * it out; they find the same bits, and the volatile field publishes a finished array.
         */
        private volatile long @Nullable [] beginnings;

        private Description(@Nullable Pattern pattern, long lengths) {
            this.pattern = pattern;
            this.lengths = lengths;
        }

        private static long[] beginningsOf(Pattern pattern) {
            long[] beginnings = new long[BEGINNINGS / Long.SIZE + 1];
            for (int b = 0; b < BEGINNINGS; b++) {
                // "000" to "999" without a Formatter, which cost most of the compilation: about
                // a thousand formats per description.
                Matcher matcher = pattern.matcher(Integer.toString(BEGINNINGS + b).substring(1));
                if (matcher.matches() || matcher.hitEnd()) {
                    beginnings[b / Long.SIZE] |= 1L << (b % Long.SIZE);
                }
            }
            return beginnings;
        }

        static Description of(String region, @Nullable PhoneNumberDesc desc) {
            if (desc == null) {
                throw new IllegalStateException("Missing number description in " + region);
            }
            long lengths = 0;
            List<Integer> listed = desc.getPossibleLengthList();
            if (listed.isEmpty()) {
                lengths = -1L;
            }
            for (int length : listed) {
                if (length >= Long.SIZE) {
                    throw new IllegalStateException("Possible length out of range in " + region);
                }
                if (length >= 0) {
                    lengths |= 1L << length;
                }
            }
            String regex = desc.getNationalNumberPattern();
            if (regex.isEmpty() || lengths == 0) {
                return new Description(null, 0);
            }
            return new Description(Pattern.compile(regex), lengths);
        }

        boolean matches(String nsn) {
            Pattern compiled = pattern;
            int length = nsn.length();
            if (compiled == null || (length < Long.SIZE && (lengths & (1L << length)) == 0)) {
                return false;
            }
            if (length >= Long.SIZE && lengths != -1L) {
                return false;
            }
            if (length >= BEGINNING) {
                int b =
                        (nsn.charAt(0) - '0') * 100
                                + (nsn.charAt(1) - '0') * 10
                                + (nsn.charAt(2) - '0');
                long[] known = beginnings;
                if (known == null) {
                    known = beginningsOf(compiled);
                    beginnings = known;
                }
                if ((known[b / Long.SIZE] & (1L << (b % Long.SIZE))) == 0) {
                    return false;
                }
            }
            return compiled.matcher(nsn).matches();
        }
    }
}
