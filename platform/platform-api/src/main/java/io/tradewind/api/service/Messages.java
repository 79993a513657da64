package io.tradewind.api.service;

import java.util.Locale;

/**
 * The plugin's own translations, read from {@code i18n/messages.properties} and its
 * {@code _zh_CN} sibling inside the plugin package.
 */
public interface Messages {

    /**
     * A message in the given language, with {@link java.text.MessageFormat} arguments.
     *
     * @param key the message key
     * @param locale the language
     * @param args the arguments
     * @return the text; the key itself when the plugin has no such message
     */
    String get(String key, Locale locale, Object... args);
}
