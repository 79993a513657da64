package io.tradewind.lead;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised forms duplicates are found by: phone digits (without a leading 86 country code),
 * lower-case e-mail, company name without spaces, case or the usual legal-form punctuation.
 */
public final class LeadKeys {

    /** Compiled once: an import computes each key several times per row (ADR 0129). */
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern COMPANY_NOISE = Pattern.compile("[\\s\\p{Punct}（）【】，。、]");

    private LeadKeys() {
    }

    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = NOT_DIGIT.matcher(phone).replaceAll("");
        if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return digits.length() < 5 ? null : digits;
    }

    public static String email(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static String company(String company) {
        if (company == null) {
            return null;
        }
        String key = COMPANY_NOISE.matcher(company.toLowerCase(Locale.ROOT)).replaceAll("");
        return key.isEmpty() ? null : key.length() > 200 ? key.substring(0, 200) : key;
    }
}
