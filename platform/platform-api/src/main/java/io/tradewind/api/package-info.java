/**
 * The Tradewind plugin SPI.
 *
 * <p>Plugins compile against this package and nothing else from the host. It holds extension
 * points, immutable value types and the services the host lends to a plugin. It follows semantic
 * versioning: {@link io.tradewind.api.ApiVersion#CURRENT} names the version a plugin is built
 * against and the host checks it before starting the plugin.
 */
package io.tradewind.api;
