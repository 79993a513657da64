package io.tradewind.lead.form;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fill tokens: {@code <issued epoch millis>.<HMAC>} handed out when the form is loaded. A submission
 * must bring one at least the form's minimum fill time old (bots post at once) and at most a day.
 */
final class FillTokens {

    static final long MAX_AGE_MILLIS = 24 * 3600_000L;

    private FillTokens() {
    }

    static String issue(LeadForm form, long nowMillis) {
        return nowMillis + "." + sign(form, nowMillis);
    }

    /** True when {@code token} was issued for {@code form} between the minimum fill time and a day ago. */
    static boolean accepts(LeadForm form, String token, long nowMillis) {
        if (token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return false;
        }
        long issued;
        try {
            issued = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        boolean signed = MessageDigest.isEqual(sign(form, issued).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        long age = nowMillis - issued;
        return signed && age >= form.getMinFillSeconds() * 1000L && age <= MAX_AGE_MILLIS;
    }

    private static String sign(LeadForm form, long issued) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(form.getSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((form.getFormKey() + ":" + issued).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
