package io.tradewind.identity;

import io.tradewind.web.FieldError;
import io.tradewind.i18n.Messages;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for e-mail addresses and passwords, shared by signup, invitations and resets. */
public final class Credentials {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "12345678", "123456789",
            "1234567890", "qwerty123", "11111111", "abc12345", "iloveyou1", "admin123", "welcome1", "passw0rd",
            "a1234567", "qwertyuiop", "88888888", "66666666", "woaini1314", "1qaz2wsx");

    private Credentials() {
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldError> checkEmail(String field, String email) {
        if (email == null || email.isBlank()) {
            return Optional.of(new FieldError(field, Messages.get("validation.required")));
        }
        String normalized = normalizeEmail(email);
        if (normalized.length() > 254 || !EMAIL.matcher(normalized).matches()) {
            return Optional.of(new FieldError(field, Messages.get("validation.email")));
        }
        return Optional.empty();
    }

    /** A password must be 8–128 characters, mix letters and digits, and not be a well-known one or the e-mail. */
    public static Optional<FieldError> checkPassword(String field, String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new FieldError(field, Messages.get("validation.required")));
        }
        boolean letters = password.chars().anyMatch(Character::isLetter);
        boolean digits = password.chars().anyMatch(Character::isDigit);
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart = email == null ? "" : normalizeEmail(email).replaceFirst("@.*", "");
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD || !letters || !digits
                || COMMON.contains(lower) || (localPart.length() >= 4 && lower.contains(localPart))) {
            return Optional.of(new FieldError(field, Messages.get("validation.password.weak", MIN_PASSWORD)));
        }
        return Optional.empty();
    }
}
