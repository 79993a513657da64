package io.tradewind.api.text;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text in several languages, keyed by BCP 47 language tag ({@code en}, {@code zh-CN}).
 *
 * @param byLanguageTag the texts; must hold at least {@code en}
 */
public record LocalizedText(Map<String, String> byLanguageTag) {

    /**
     * Copies the map and checks that an English text exists.
     *
     * @throws IllegalArgumentException when no {@code en} text is given
     */
    public LocalizedText {
        byLanguageTag = Map.copyOf(Objects.requireNonNull(byLanguageTag, "byLanguageTag"));
        if (!byLanguageTag.containsKey("en")) {
            throw new IllegalArgumentException("a localized text needs an 'en' entry");
        }
    }

    /**
     * A text in English and Simplified Chinese.
     *
     * @param en the English text
     * @param zhCn the Simplified Chinese text
     * @return the localized text
     */
    public static LocalizedText of(String en, String zhCn) {
        return new LocalizedText(Map.of("en", en, "zh-CN", zhCn));
    }

    /**
     * The text for a locale: exact tag, then language only, then English.
     *
     * @param locale the wanted locale
     * @return the best text
     */
    public String in(Locale locale) {
        String exact = byLanguageTag.get(locale.toLanguageTag());
        if (exact != null) {
            return exact;
        }
        return byLanguageTag.getOrDefault(locale.getLanguage(), byLanguageTag.get("en"));
    }
}
