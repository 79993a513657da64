package io.tradewind.i18n;

import java.util.Enumeration;
import java.util.Locale;

/** The language of the current request, picked from Accept-Language among the supported ones. */
public final class RequestLocale {

    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    private RequestLocale() {
    }

    public static Locale current() {
        Locale locale = CURRENT.get();
        return locale == null ? Locale.ENGLISH : locale;
    }

    public static void set(Locale locale) {
        CURRENT.set(Messages.supported(locale));
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** The first requested language we support; English when none is. */
    public static Locale choose(Enumeration<Locale> requested, boolean headerPresent) {
        if (!headerPresent) {
            return Locale.ENGLISH;
        }
        while (requested.hasMoreElements()) {
            Locale locale = requested.nextElement();
            if ("zh".equals(locale.getLanguage()) || "en".equals(locale.getLanguage())) {
                return Messages.supported(locale);
            }
        }
        return Locale.ENGLISH;
    }
}
