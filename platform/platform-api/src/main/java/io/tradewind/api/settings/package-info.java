/** A plugin's per-tenant settings and their JSON Schema. */
package io.tradewind.api.settings;
