package io.tradewind.api.web;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Screens a plugin adds to the console. The host serves the modules' files from the plugin
 * package, and the translations from {@code i18n/ui.properties} and {@code i18n/ui_zh_CN.properties},
 * only to users of tenants that enabled the plugin.
 */
public interface UiContribution extends ExtensionPoint {

    /**
     * The modules to mount.
     *
     * @return the modules
     */
    List<UiModule> modules();
}
