package io.tradewind.api.web;

import io.tradewind.api.text.LocalizedText;
import java.util.Objects;

/**
 * An ES module the console loads for a tenant that enabled the plugin. The module's default
 * export is {@code mount(element, api, t)}: {@code element} is the DOM element to render into,
 * {@code api} calls the plugin's REST contribution with the user's token, and {@code t(key)}
 * translates with the plugin's UI translations. It may return an {@code unmount()} function.
 *
 * @param key the module key, unique within the plugin
 * @param resource the module's path inside the plugin package, such as {@code ui/partners.js}
 * @param slot where the console mounts it: {@code page} (a page of its own in the navigation),
 *     {@code lead.panel}, {@code customer.panel} or {@code dashboard.card}
 * @param title what users see in the navigation or as the panel's title
 * @param permission a permission the user must hold to see it, or {@code null}
 */
public record UiModule(String key, String resource, String slot, LocalizedText title, String permission) {

    /** Checks the parts. */
    public UiModule {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(title, "title");
    }
}
