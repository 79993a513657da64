package io.tradewind.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-facing string, in English and Simplified Chinese. Each area keeps its own bundle
 * ({@code i18n/<area>.properties} and {@code i18n/<area>_zh_CN.properties}, listed in {@link #BUNDLES});
 * a key is looked up in each bundle in turn. The locale is the request's ({@link RequestLocale}),
 * chosen from Accept-Language.
 */
public final class Messages {

    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, ZH_CN);
    /** The bundles, in lookup order: the platform's own, then one per area of the product. */
    public static final List<String> BUNDLES = List.of("i18n.messages", "i18n.pipeline", "i18n.accounts", "i18n.plugins",
            "i18n.identity", "i18n.customfields", "i18n.marketplace");

    private Messages() {
    }

    public static String get(String key, Object... args) {
        return get(RequestLocale.current(), key, args);
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern = find(supported(locale), key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static boolean has(String key) {
        return find(Locale.ENGLISH, key) != null;
    }

    private static String find(Locale locale, String key) {
        for (String bundle : BUNDLES) {
            try {
                ResourceBundle messages = ResourceBundle.getBundle(bundle, locale, Messages.class.getClassLoader());
                if (messages.containsKey(key)) {
                    return messages.getString(key);
                }
            } catch (MissingResourceException noSuchBundle) {
                // an area without strings yet
            }
        }
        return null;
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
