package io.tradewind.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-facing string, in English and Simplified Chinese, from {@code i18n/messages*.properties}.
 * The locale is the request's ({@link RequestLocale}), chosen from Accept-Language.
 */
public final class Messages {

    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, ZH_CN);
    private static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    public static String get(String key, Object... args) {
        return get(RequestLocale.current(), key, args);
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static boolean has(String key) {
        try {
            ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, Messages.class.getClassLoader()).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** The supported locale closest to {@code requested}: any Chinese variant reads zh-CN. */
    public static Locale supported(Locale requested) {
        if (requested != null && "zh".equals(requested.getLanguage())) {
            return ZH_CN;
        }
        return Locale.ENGLISH;
    }

    /** Parses a stored or requested tag such as {@code zh-CN}; unknown tags fall back to English. */
    public static Locale fromTag(String tag) {
        return tag == null || tag.isBlank() ? Locale.ENGLISH : supported(Locale.forLanguageTag(tag));
    }

    public static String tag(Locale locale) {
        return supported(locale).toLanguageTag();
    }
}
