/** Services the host lends a plugin through {@link io.tradewind.api.PluginContext}. */
package io.tradewind.api.service;
